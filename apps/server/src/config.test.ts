import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('loadConfig', () => {
  it('uses the embedded database in ./data by default', () => {
    const config = loadConfig({});
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe('./data');
    expect(config.port).toBe(3000);
  });

  it('lets command-line flags win over the environment', () => {
    expect(loadConfig({ PORT: '5000', DATA_DIR: '/a' }, { port: 4010, dataDir: '/b' })).toMatchObject({
      port: 4010,
      dataDir: '/b',
    });
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'not a url' })).toThrow(/DATABASE_URL/);
  });

  it('requires a session secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    expect(loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }).env).toBe('production');
  });

  it('trusts X-Forwarded-* from a number of proxies or from addresses and ranges, never from every hop', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '10.0.0.5, 10.1.0.0/16,fd00::/8, loopback' }).trustProxy).toEqual([
      '10.0.0.5',
      '10.1.0.0/16',
      'fd00::/8',
      'loopback',
    ]);
    expect(() => loadConfig({ TRUST_PROXY: 'true' })).toThrow(/TRUST_PROXY: "true" would trust every/);
    for (const invalid of ['yes', '10.0.0.0/33', '10.0.0.300', '10.0.0.0/8/8', 'proxy.example', '-1']) {
      expect(() => loadConfig({ TRUST_PROXY: invalid }), invalid).toThrow(
        /TRUST_PROXY: not an address or CIDR/,
      );
    }
  });
});
