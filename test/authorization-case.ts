import type { FixtureRole, Session, Tenant } from './harness.ts';

export type Allowed = 'public' | 'signedIn' | readonly FixtureRole[];
export interface Case {
  allowed: Allowed;
  /** Builds a request against tenant `t`; `admin` may prepare state (versions, grants) first. */
  build: (t: Tenant, admin: Session) => Promise<{ url: string; payload?: unknown }>;
}
