export const returnParam = 'till';

/** Only paths inside this app, so a crafted sign-in link cannot send people elsewhere. */
export function safeReturnPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  return value.startsWith('/logga-in') ? '/' : value;
}

export function signInPathFor(pathWithSearch: string): string {
  return pathWithSearch === '/'
    ? '/logga-in'
    : `/logga-in?${returnParam}=${encodeURIComponent(pathWithSearch)}`;
}
