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

/** Who is acting: the signed-in person, or null for the system (migrations, demo data, the command line). */
export interface Actor {
  municipalityId: string;
  userId: string | null;
}

export type Log = FastifyBaseLogger;
