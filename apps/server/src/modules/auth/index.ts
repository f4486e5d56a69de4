export { presentGrant, resolveSession, type SessionContext } from './auth.service.ts';
export { hashPassword } from './passwords.ts';
export { listGrants } from './sessions.queries.ts';
export { isSignedNonce, safeEqual } from './tokens.ts';
