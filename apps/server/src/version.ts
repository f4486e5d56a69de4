import packageJson from '../package.json' with { type: 'json' };

/** The server's release, as its package states it; shown by the health check and the API document. */
export const appVersion: string = packageJson.version;
