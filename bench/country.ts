// A deterministic synthetic country in the open format: every municipality's committees, each committee-year a
// `styr/committee-year` document. The same sizes always give the same documents, byte for byte.
import type { CommitteeYearInput } from '../packages/shared/src/contracts/interchange.ts';
import { economy, pad } from './country-economy.ts';
import type { CountrySize } from './country-size.ts';

/** What the benchmark measures: the whole country. */
export const fullCountry: CountrySize = {
  municipalities: 290,
  committeesPerMunicipality: 12,
  years: 5,
  goalsPerYear: 40,
  indicatorsPerYear: 120,
  assignmentsPerYear: 60,
  risksPerYear: 40,
  departmentsPerYear: 8,
};

/** Small enough for the test suite, with every kind of object present. */
export const smallCountry: CountrySize = {
  municipalities: 2,
  committeesPerMunicipality: 2,
  years: 2,
  goalsPerYear: 6,
  indicatorsPerYear: 9,
  assignmentsPerYear: 5,
  risksPerYear: 6,
  departmentsPerYear: 3,
};

export const firstYear = 2021;

const followUpPoints = [
  { key: 'april', name: 'Aprilrapport', month: 4 },
  { key: 'augusti', name: 'Delårsrapport augusti', month: 8 },
  { key: 'oktober', name: 'Oktoberrapport', month: 10 },
  { key: 'arsrapport', name: 'Årsrapport', month: 12 },
];
const assessmentScale = [
  { key: 'god', label: 'God', tone: 'good' as const },
  { key: 'viss', label: 'Viss', tone: 'partial' as const },
  { key: 'ingen', label: 'Ingen', tone: 'bad' as const },
  { key: 'svarbedomd', label: 'Svårbedömd', tone: 'unknown' as const },
];
const areaNames = [
  'Tidiga insatser',
  'Arbete och sysselsättning',
  'Trygghet och stadsutveckling',
  'Delaktighet och tillit',
  'Kvalitet och effektivitet',
];
const committeeNames = [
  'Socialnämnden',
  'Förskolenämnden',
  'Grundskolenämnden',
  'Utbildningsnämnden',
  'Äldrenämnden',
  'Nämnden för funktionsstöd',
  'Kulturnämnden',
  'Idrotts- och föreningsnämnden',
  'Miljönämnden',
  'Byggnadsnämnden',
  'Trafiknämnden',
  'Arbetsmarknadsnämnden',
];
const units = ['antal', '%', 'kr', 'dagar', 'index'] as const;
const riskAreas = ['grunduppdrag', 'lagar', 'processer', 'oegentligheter'];

/** mulberry32: small, fast and the same on every machine. */
function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const round = (value: number, decimals: number) => Number(value.toFixed(decimals));

export const municipalityName = (index: number) => `Exempelkommun ${pad(index + 1)}`;
export const committeeName = (index: number) =>
  index < committeeNames.length ? (committeeNames[index] as string) : `Nämnd ${index + 1}`;

/** One committee's year: goals, indicators with values for four follow-up points, assignments and risks. */
export function committeeYear(
  size: CountrySize,
  municipality: number,
  committee: number,
  yearIndex: number,
): CommitteeYearInput {
  const year = firstYear + yearIndex;
  const next = random(municipality * 1_000_003 + committee * 10_007 + yearIndex * 101 + 7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  const last = yearIndex === size.years - 1;

  const indicators = Array.from({ length: size.indicatorsPerYear }, (_, index) => {
    const unit = units[index % units.length] as (typeof units)[number];
    const decimals = unit === '%' || unit === 'index' ? 1 : 0;
    const base = unit === '%' ? 50 : unit === 'kr' ? 9000 : unit === 'dagar' ? 30 : 1000;
    const value = () => round(base * (0.8 + next() * 0.4), decimals);
    const periods = last ? ['april', 'augusti', 'oktober'] : ['april', 'augusti', 'oktober', 'year'];
    return {
      key: `ind-${pad(index)}`,
      name: `Indikator ${index + 1} (${unit})`,
      unit,
      decimals,
      direction: index % 3 === 0 ? ('lower' as const) : ('higher' as const),
      source: index % 4 === 0 ? ('kolada' as const) : ('own' as const),
      sourceReference: index % 4 === 0 ? `N${pad(index, 5)}` : null,
      values: periods.map((period) => ({
        year,
        period,
        gender: 'T' as const,
        // About one value in fifty is reported missing, never zero.
        value: next() < 0.02 ? null : value(),
      })),
      targets: [{ year, target: { kind: 'numeric' as const, value: value() } }],
    };
  });

  const goals = Array.from({ length: size.goalsPerYear }, (_, index) => ({
    key: `mal-${pad(index)}`,
    kind: pick(['kfOrganisation', 'kfActivity', 'kfCommittee', 'committee'] as const),
    title: `Mål ${index + 1} för ${committeeName(committee).toLowerCase()}`,
    goalArea: `omrade-${index % areaNames.length}`,
    planText: `<p>Nämnden arbetar med mål ${index + 1} genom <strong>samverkan</strong> och uppföljning.</p>`,
    indicators: indicators
      .filter((_, position) => position % size.goalsPerYear === index)
      .map((indicator) => indicator.key),
  }));

  const reportPoints = last ? followUpPoints.slice(0, 3) : followUpPoints;
  const assignments = Array.from({ length: size.assignmentsPerYear }, (_, index) => ({
    key: `uppdrag-${pad(index)}`,
    title: `Uppdrag ${index + 1}: utveckla verksamheten inom område ${(index % areaNames.length) + 1}`,
    source: pick(['budget', 'council', 'committee', 'director'] as const),
    decisionReference:
      index % 2 === 0 ? `KF ${year - 1}-11-${pad((index % 27) + 1, 2)} § ${index + 10}` : null,
    yearGiven: year,
    goalArea: `omrade-${index % areaNames.length}`,
    planText: `Förvaltningen redovisar uppdrag ${index + 1} i årsrapporten.`,
    reports: reportPoints.map((point) => ({
      followUp: point.key,
      status: pick(['notStarted', 'ongoing', 'ongoing', 'closed'] as const),
      comment: next() < 0.5 ? `Lägesbild ${point.name.toLowerCase()}.` : null,
    })),
  }));

  const risks = Array.from({ length: size.risksPerYear }, (_, index) => {
    const toControlPlan = index % 10 === 0;
    return {
      key: `risk-${pad(index)}`,
      area: riskAreas[index % riskAreas.length] as string,
      title: `Risk ${index + 1}`,
      description: 'Beskrivning av risken (syntetisk).',
      probability: 1 + Math.floor(next() * 4),
      consequence: 1 + Math.floor(next() * 4),
      owner: 'Förvaltningsledningen',
      selected: index % 4 === 0 || toControlPlan,
      selectionReason: index % 4 === 0 || toControlPlan ? 'Högt riskvärde' : null,
      toControlPlan,
      goals: [`mal-${pad(index % size.goalsPerYear)}`],
      controls: toControlPlan
        ? [
            {
              key: 'kontroll-1',
              what: `Kontroll av risk ${index + 1}`,
              method: 'Stickprov 10 ärenden',
              frequency: 'En gång per år',
              responsible: 'Stab',
              reportWhen: 'Årsrapport',
              result: last
                ? null
                : {
                    performedOn: `${year}-10-15`,
                    findings: 'Rutinen följs i de flesta ärenden.',
                    deviations: Math.floor(next() * 3),
                  },
            },
          ]
        : [],
    };
  });

  return {
    format: 'styr/committee-year',
    formatVersion: 1,
    municipality: {
      name: municipalityName(municipality),
      koladaId: String(1000 + municipality).slice(-4),
      followUpPoints,
      assessmentScale,
    },
    committee: { name: committeeName(committee), validFrom: '2019-01-01' },
    year,
    goalAreas: areaNames.map((name, index) => ({ key: `omrade-${index}`, name })),
    goals,
    indicators,
    assignments,
    documents: [{ document: 'plan', status: 'draft' }],
    assessments: goals.flatMap((goal) =>
      reportPoints.map((point) => ({
        goal: goal.key,
        followUp: point.key,
        level: pick(assessmentScale).key,
        analysis: null,
      })),
    ),
    risks,
    economy: economy(
      size,
      year,
      next,
      indicators.map((indicator) => indicator.key),
    ),
  };
}

/** Every committee-year of the country, municipality by municipality, year by year. */
export function* country(size: CountrySize): Generator<CommitteeYearInput> {
  for (let municipality = 0; municipality < size.municipalities; municipality++)
    for (let yearIndex = 0; yearIndex < size.years; yearIndex++)
      for (let committee = 0; committee < size.committeesPerMunicipality; committee++)
        yield committeeYear(size, municipality, committee, yearIndex);
}

/** How many indicator values one committee-year holds. */
export function valueCount(document: CommitteeYearInput): number {
  return (document.indicators ?? []).reduce((sum, indicator) => sum + (indicator.values?.length ?? 0), 0);
}
