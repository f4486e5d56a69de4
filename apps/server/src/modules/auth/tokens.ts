import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const newToken = () => randomBytes(32).toString('base64url');

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

export function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** A CSRF token for visitors who are not signed in yet: a nonce and its signature, so only this server can mint one. */
export function signedNonce(secret: string): string {
  const nonce = newToken();
  return `${nonce}.${createHmac('sha256', secret).update(nonce).digest('base64url')}`;
}

export function isSignedNonce(secret: string, value: string): boolean {
  const [nonce, signature] = value.split('.');
  if (!nonce || !signature) return false;
  return safeEqual(signature, createHmac('sha256', secret).update(nonce).digest('base64url'));
}
