import type { CommitteeYearInput } from '@styr/shared/contracts/interchange';

/**
 * Generated hostile import files: every leaf of a valid committee year replaced by wrong-typed values,
 * every object given an unknown key, references left dangling, impossible dates, and raw bodies that are
 * not the JSON they claim to be. Deterministic: the same document always gives the same cases.
 */
export interface HostileRequest {
  name: string;
  /** An object is sent as JSON; a string or Buffer is sent as it is, with `contentType`. */
  payload: unknown;
  contentType?: string;
}

type Path = (string | number)[];
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const pathText = (path: Path) =>
  path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : `${text}.${part}`),
    '',
  );

/** Every value in a JSON document with its path; `leaf` says whether it is a primitive. */
function walk(value: Json, path: Path = []): { path: Path; value: Json }[] {
  const here = { path, value };
  if (Array.isArray(value)) return [here, ...value.flatMap((item, index) => walk(item, [...path, index]))];
  if (value !== null && typeof value === 'object')
    return [here, ...Object.entries(value).flatMap(([key, item]) => walk(item, [...path, key]))];
  return [here];
}

/** One entry per place in the format: goals[0].title and goals[1].title are the same field. */
function distinct<T extends { path: Path }>(entries: T[]): T[] {
  const seen = new Set<string>();
  return entries.filter((entry) => {
    const shape = entry.path.map((part) => (typeof part === 'number' ? '[]' : part)).join('.');
    if (seen.has(shape)) return false;
    seen.add(shape);
    return true;
  });
}

function withValue(
  document: Json,
  path: Path,
  replace: (parent: Json[] | Record<string, Json>, key: string | number) => void,
) {
  const copy = structuredClone(document);
  let parent = copy as Record<string | number, Json>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, Json>;
  replace(parent as Record<string, Json>, path[path.length - 1] as string | number);
  return copy;
}
const setAt = (document: Json, path: Path, value: unknown) =>
  withValue(document, path, (parent, key) => {
    (parent as Record<string | number, unknown>)[key] = value;
  });

// Wrong values by the type they replace, taken in turn so every kind is used. Null is left to the cases that
// remove a field: where it is allowed it only makes an import that succeeds, which costs time and shows nothing.
const notAString: unknown[] = [42, ['lista'], { objekt: true }, true, -1, 1e308];
const notANumber: unknown[] = [
  '42',
  'NaN',
  'Infinity',
  [],
  {},
  -1,
  1.5,
  2 ** 53 + 1,
  1e308,
  -1e308,
  '1e400',
  2 ** 31,
];
const notABoolean: unknown[] = ['true', 1, null, 'ja', [], {}];

function wrongValues(value: Json, index: number): unknown[] {
  const pool = typeof value === 'string' ? notAString : typeof value === 'number' ? notANumber : notABoolean;
  return [pool[index % pool.length]];
}

function leafCases(document: Json): HostileRequest[] {
  const leaves = distinct(
    walk(document).filter((entry) => entry.value === null || typeof entry.value !== 'object'),
  );
  return leaves.flatMap((leaf, index) =>
    wrongValues(leaf.value, index).map((wrong) => ({
      name: `${pathText(leaf.path)} = ${JSON.stringify(wrong)}`,
      payload: setAt(document, leaf.path, wrong),
    })),
  );
}

/** Each object's every key removed in turn (required ones must be named in the error) and an unknown key added. */
function objectCases(document: Json): HostileRequest[] {
  const objects = distinct(
    walk(document).filter(
      (entry) => entry.value !== null && typeof entry.value === 'object' && !Array.isArray(entry.value),
    ),
  );
  return objects.flatMap(({ path, value }) => [
    ...Object.keys(value as object)
      .filter((key) => ['key', 'name', 'title', 'kind', 'year', 'line', 'amount', 'month'].includes(key))
      .map((key) => ({
        name: `${pathText([...path, key])} saknas`,
        payload: withValue(document, [...path, key], (parent, name) => {
          delete (parent as Record<string | number, unknown>)[name];
        }),
      })),
    {
      name: `${pathText(path) || '(rot)'} med okänd nyckel`,
      payload: setAt(document, [...path, 'okändNyckel'], 'x'),
    },
  ]);
}

const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

/** Cases that point at things that are not there, or say the impossible. */
function semanticCases(document: Json): HostileRequest[] {
  const at = (path: Path, value: unknown, name?: string) => ({
    name: name ?? `${pathText(path)} = ${JSON.stringify(value)}`,
    payload: setAt(document, path, value),
  });
  const cases = [
    at(['goals', 0, 'goalArea'], 'finns-inte'),
    at(['goals', 0, 'indicators'], ['finns-inte']),
    at(['goals', 0, 'activities', 0, 'owner'], 'finns-inte'),
    at(['assessments', 0, 'goal'], 'finns-inte'),
    at(['assessments', 0, 'followUp'], 'finns-inte'),
    at(['assessments', 0, 'level'], 'finns-inte'),
    at(['assignments', 1, 'goalArea'], 'finns-inte'),
    at(['assignments', 0, 'reports', 0, 'followUp'], 'finns-inte'),
    at(['units', 1, 'parent'], 'finns-inte'),
    at(['units', 1, 'parent'], 'mottagning', 'enheter som ligger under varandra'),
    at(['economy', 'grantAdjustments', 0, 'department'], 'finns-inte'),
    at(['economy', 'amounts', 0, 'line'], 'finns-inte'),
    at(['risks', 0, 'node'], 'finns-inte'),
    at(['risks', 0, 'area'], 'finns-inte'),
    at(['risks', 0, 'goals'], ['finns-inte']),
    at(['actionPlans', 0, 'budget', 0, 'amounts'], { 'finns-inte': '1' }),
    at(
      ['actionPlans', 0, 'focusAreas', 0, 'strategies', 0, 'actions', 0, 'followUps', 0, 'followUp'],
      'finns-inte',
    ),
    at(['actionPlans', 0, 'periodTo'], '2021-12-31', 'en handlingsplan som slutar innan den börjar'),
    at(['actionPlans', 0, 'budget', 0, 'amounts', 'sn'], '0.001'),
    at(['goals', 1], (document as { goals: Json[] }).goals[0], 'två mål med samma nyckel'),
    at(['units', 0, 'validFrom'], '2023-02-30'),
    at(['units', 0, 'validFrom'], '2022-02-29'),
    at(['units', 0, 'validFrom'], '2022-13-01'),
    at(['units', 0, 'validFrom'], '0000-00-00'),
    at(['units', 0, 'validFrom'], '+20222-01-01'),
    at(['units', 0, 'validTo'], '2020-01-01', 'slutdatum före startdatum'),
    at(['goals', 0, 'activities', 0, 'due'], '2022-04-31'),
    at(['committee', 'validFrom'], '2021-1-1'),
    at(['year'], 2022.5),
    at(['year'], -2022),
    at(['year'], 1e21),
    at(['indicators', 0, 'decimals'], 7),
    at(['indicators', 0, 'values', 0, 'value'], 1e308, 'ett utfall på 1e308'),
    at(['indicators', 0, 'values', 0, 'value'], -1e-308, 'ett utfall på -1e-308'),
    at(['economy', 'amounts', 0, 'amount'], '9999999999999999'),
    at(['economy', 'amounts', 0, 'amount'], '999999999999999.99', 'det största belopp formatet tar'),
    at(['economy', 'amounts', 0, 'amount'], '1e5'),
    at(['economy', 'amounts', 0, 'amount'], '0.001'),
    at(['economy', 'amounts', 0, 'amount'], ' 100'),
    at(['economy', 'amounts', 0, 'amount'], '١٢٣'),
    at(['economy', 'amounts', 0, 'month'], 13),
    at(['risks', 0, 'probability'], 11),
    at(['risks', 0, 'probability'], 2147483648),
    at(['risks', 0, 'controls', 0, 'result'], {
      performedOn: '2022-11-01',
      deviations: 2147483648,
    }),
    at(['goals', 0, 'title'], 'x'.repeat(1024 * 1024), 'en rubrik på 1 MB'),
    at(['goals', 0, 'planText'], 'y'.repeat(50_001), 'en plantext på 50 001 tecken'),
    at(['goals', 0, 'title'], 'Mål\u0000med NUL-tecken'),
    at(['goals', 0, 'planText'], '<p>Text\u0000med NUL</p>', 'NUL i en rik text'),
    at(['committee', 'name'], '\u0000'),
    at(['goals', 0, 'title'], 'Ensam surrogathalva \ud800 i rubriken'),
    at(['goals', 0, 'title'], '   ', 'en rubrik av blanksteg'),
    at(['municipality', 'name'], 'En annan kommun', 'en annan kommun'),
    at(['format'], 'styr/committee-year-2'),
    at(['formatVersion'], 2),
    at(
      ['goals'],
      Array.from({ length: 3 }, () => null),
      'mål som är null',
    ),
    at(['goals', 0, 'activities'], 'ingen lista'),
    at(['goals', 0, 'kind'], '__proto__'),
    at(['goals', 0, 'key'], '__proto__'),
    at(['goals', 0, 'key'], 'constructor'),
    at(['goals', 0, 'key'], '../../etc/passwd'),
    at(
      ['economy', 'lines'],
      Array.from({ length: 130_000 }, (_, index) => ({
        key: `rad-${index}`,
        label: 'Rad',
        sumOf: ['saknas'],
      })),
      '130 000 rader i resultaträkningen som summerar en rad som inte finns',
    ),
  ];
  return cases;
}

/** Bodies that are not a JSON document of the format at all, sent as raw text or bytes. */
function rawCases(document: Json): HostileRequest[] {
  const text = JSON.stringify(document);
  const json = 'application/json';
  const raw = (name: string, payload: string | Buffer, contentType = json) => ({
    name,
    payload,
    contentType,
  });
  const splice = (from: string, to: string) => {
    if (!text.includes(from)) throw new Error(`the fixture has no ${from}`);
    return text.replace(from, to);
  };
  const titleBytes = (bytes: number[]) => {
    const [before, after] = splice('"title":"', '"title":"\u0001').split('\u0001') as [string, string];
    return Buffer.concat([Buffer.from(before), Buffer.from(bytes), Buffer.from(after)]);
  };
  return [
    raw('en tom kropp', ''),
    raw('bara blanksteg', '   \n'),
    raw('null', 'null'),
    raw('en lista', '[]'),
    raw('en sträng', '"styr/committee-year"'),
    raw('ett tal', '42'),
    raw('true', 'true'),
    raw('skräp efter dokumentet', `${text} skräp`),
    raw('två dokument efter varandra', `${text}${text}`),
    raw('ett avbrutet dokument', text.slice(0, text.length / 2)),
    raw('ett kommatecken för mycket', splice('"year":2022,', '"year":2022,,')),
    raw('NaN som tal', splice('"year":2022', '"year":NaN')),
    raw('året 1e400', splice('"year":2022', '"year":1e400')),
    raw('året -1e400', splice('"year":2022', '"year":-1e400')),
    raw('decimalerna 1e400', splice('"decimals":2', '"decimals":1e400')),
    raw('ett utfall på 1e400', splice('"value":8.85', '"value":1e400')),
    raw('ett utfall på 1e-400', splice('"value":8.85', '"value":1e-400')),
    raw('ett tal med 400 siffror', splice('"value":8.85', `"value":${'9'.repeat(400)}`)),
    raw('dubbla nycklar, den sista fel', splice('"year":2022', '"year":2022,"year":"2022"')),
    raw('dubbla nycklar, den sista rätt', splice('"year":2022', '"year":"x","year":2022')),
    raw('__proto__ i roten', splice('{', '{"__proto__":{"isAdmin":true},')),
    raw('__proto__ i ett mål', splice('"goals":[{', '"goals":[{"__proto__":{"polluted":true},')),
    raw('constructor.prototype i roten', splice('{', '{"constructor":{"prototype":{"polluted":true}},')),
    raw('10 000 nivåer av listor i mål', splice('"goals":[', `"goals":[${deepArray(10_000)},`)),
    raw('10 000 nivåer av listor som hela kroppen', deepArray(10_000)),
    raw('100 000 nivåer av objekt', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`),
    raw('ogiltig UTF-8 (0xff) i en rubrik', titleBytes([0xff, 0xfe])),
    raw('en ofullständig UTF-8-sekvens i en rubrik', titleBytes([0xe2, 0x82])),
    raw('överlång UTF-8-kodning av snedstreck', titleBytes([0xc0, 0xaf])),
    raw('UTF-16-kodad fil', Buffer.from(`\ufeff${text}`, 'utf16le')),
    raw(
      'byte order mark före dokumentet',
      Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]),
    ),
    raw('\\u0000 som escape i en rubrik', splice('"title":"', '"title":"\\u0000')),
    raw('fel innehållstyp (text/plain)', text, 'text/plain'),
    raw('fel innehållstyp (application/xml)', '<committee-year/>', 'application/xml'),
    raw('fel innehållstyp (formulär)', 'format=styr', 'application/x-www-form-urlencoded'),
    raw('JSON med teckenkodning latin1', Buffer.from(text, 'latin1'), 'application/json; charset=iso-8859-1'),
    raw('större än 20 MB', `{"goals":[${'"x",'.repeat(5_300_000)}"x"]}`),
  ];
}

export function hostileImportCases(document: CommitteeYearInput): HostileRequest[] {
  const json = document as unknown as Json;
  return [...leafCases(json), ...objectCases(json), ...semanticCases(json), ...rawCases(json)];
}
