import type { HostileRequest } from './hostile-cases.ts';

/** Script that must not survive in a stored rich text, in the forms that get past naive filters. */
export const scriptPayloads = [
  '<p>Hej</p><script>window.__pwned = 1</script>',
  '<p><img src="x" onerror="window.__pwned = 1">Bild</p>',
  '<p><a href="javascript:window.__pwned = 1">Länk</a></p>',
  '<p><a href=" JaVaScRiPt:window.__pwned=1">Länk med blanksteg</a></p>',
  '<svg onload="window.__pwned = 1"><circle r="1"/></svg><p>Figur</p>',
  '<p style="background:url(javascript:window.__pwned=1)" onclick="window.__pwned=1">Stil</p>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe><p>Ram</p>',
  '<p><a href="data:text/html,<script>window.__pwned=1</script>">Data</a></p>',
  '<scr<script>ipt>window.__pwned=1</script><p>Nästlad</p>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__pwned=1"></style></mglyph></table></mtext></math>',
];

/** What no stored rich text may hold after sanitizing: script, event handlers, script URLs, styles, frames. */
export const forbiddenMarkup =
  /<script|<svg|<iframe|<style|<math|\son[a-z]+\s*=|javascript:|data:text|style\s*=/i;

/** Text for plain fields: stored exactly as written, shown as text. */
export const plainPayloads = [
  '<script>window.__pwned = 1</script>',
  '=HYPERLINK("http://x.example","klicka")',
];

const wrongFor = (value: unknown, index: number): unknown => {
  const pools: Record<string, unknown[]> = {
    string: [42, ['lista'], { objekt: true }, true],
    number: ['1', 'NaN', [1], { värde: 1 }, 1e308],
    boolean: ['true', 1, 'ja'],
    object: [{}, 'null', 0],
  };
  const pool = pools[value === null ? 'object' : typeof value] ?? ['x'];
  return pool[index % pool.length];
};

/**
 * Hostile variants of a valid body: each field of the wrong type, the version missing, as text, too large
 * for its column or below one, unknown fields (dropped), prototype keys (refused), a body over the size
 * limit, a text over its maximum, a NUL character, and a few raw bodies that are not JSON.
 */
export function apiVariants(body: Record<string, unknown>, seed: number): HostileRequest[] {
  const fields = Object.keys(body).filter((key) => body[key] !== undefined);
  const text = fields.find((key) => typeof body[key] === 'string' && key !== 'email') ?? fields[0] ?? 'x';
  const json = JSON.stringify(body);
  const variants: HostileRequest[] = fields.map((field, index) => ({
    name: `${field} av fel typ`,
    payload: { ...body, [field]: wrongFor(body[field], seed + index) },
  }));
  if ('version' in body) {
    const { version: _version, ...withoutVersion } = body;
    variants.push(
      { name: 'utan version', payload: withoutVersion },
      { name: 'version som text', payload: { ...body, version: String(body.version ?? 1) } },
      { name: 'version 2^31', payload: { ...body, version: 2 ** 31 } },
      { name: 'version 0', payload: { ...body, version: 0 } },
      {
        name: 'version 1e400',
        payload: json.includes('"version"')
          ? json.replace(/"version":[^,}]*/, '"version":1e400')
          : `{"version":1e400,${json.slice(1)}`,
        contentType: 'application/json',
      },
    );
  }
  variants.push(
    {
      name: 'okända fält',
      payload: { ...body, okäntFält: 'x', isAdmin: true, municipalityId: crypto.randomUUID() },
    },
    {
      name: '__proto__',
      payload: `{"__proto__":{"isAdmin":true},${json.slice(1)}`,
      contentType: 'application/json',
    },
    { name: `${text} på 2 MB`, payload: { ...body, [text]: 'x'.repeat(2 * 1024 * 1024) } },
    { name: `${text} på 60 000 tecken`, payload: { ...body, [text]: 'x'.repeat(60_000) } },
    { name: `NUL i ${text}`, payload: { ...body, [text]: 'före\u0000efter' } },
  );
  // Bodies that never reach the route's own code are the same everywhere; every third route gets them.
  if (seed % 3 === 0)
    variants.push(
      {
        name: 'constructor.prototype',
        payload: `{"constructor":{"prototype":{"isAdmin":true}},${json.slice(1)}`,
        contentType: 'application/json',
      },
      { name: 'skräp efter kroppen', payload: `${json}}`, contentType: 'application/json' },
      { name: 'fel innehållstyp', payload: json, contentType: 'text/plain' },
      { name: 'tom kropp', payload: '', contentType: 'application/json' },
    );
  return variants;
}
