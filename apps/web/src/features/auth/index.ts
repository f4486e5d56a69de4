// The signed-in person as RequireAuth provides it; a component test gives its own.
export { SignedInContext, useMe } from './use-me.ts';
export { useSignOut } from './use-sign-out.ts';
