import type { GrantLike } from '@styr/shared/domain/access';
import type { FastifyBaseLogger } from 'fastify';
import type { Config } from './config.ts';
import type { Engine } from './db/connect.ts';
import type { Db } from './db/executor.ts';

export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** What services are handed explicitly; nothing is reached through globals. */
export interface Deps {
  db: Db;
  engine: Engine;
  clock: Clock;
  config: Config;
}

/**
 * Who is acting: a signed-in person with their grants, or the system (userId null: migrations, demo data, the
 * command line, jobs), which holds every permission within its municipality.
 */
export type Actor =
  | { municipalityId: string; userId: string; grants: readonly GrantLike[] }
  | { municipalityId: string; userId: null };

export type Log = FastifyBaseLogger;
