import type { DocumentKind, Section, TemplateChapter } from '../contracts/documents.ts';

type Outline = [
  key: string,
  title: string,
  section?: Section,
  children?: Outline[],
  pageBreakBefore?: boolean,
];

const text: Section = { kind: 'documentText' };

function chapters(outline: readonly Outline[]): TemplateChapter[] {
  return outline.map(([key, title, section, children, pageBreakBefore]) => ({
    key,
    title,
    section: section ?? { kind: 'heading' },
    pageBreakBefore: pageBreakBefore ?? false,
    appendix: false,
    children: chapters(children ?? []),
  }));
}

/** The structure of Göteborg's plans (verksamhetsplan 2023 and 2024 of two socialnämnder), as far as the data covers. */
const verksamhetsplan: Outline[] = [
  ['inledning', 'Inledning', text],
  ['forutsattningar', 'Förutsättningar', text],
  ['mal-och-uppdrag', 'Nämndens mål och uppdrag', { kind: 'goalAreas' }, [], true],
  [
    'uppdrag',
    'Nämndens uppdrag',
    undefined,
    [
      ['uppdrag-budget', 'Uppdrag i KF:s budget {år}', { kind: 'assignments', sources: ['budget'] }],
      ['uppdrag-utanfor-budget', 'Uppdrag utanför budget', { kind: 'assignments', sources: ['council'] }],
      [
        'uppdrag-namnd',
        'Nämndens och förvaltningsdirektörens uppdrag',
        { kind: 'assignments', sources: ['committee', 'director'] },
      ],
    ],
    true,
  ],
];

/** The table of contents of Göteborg's annual report (Socialnämnden Hisingen 2022), as far as the data covers. */
const arsrapport: Outline[] = [
  ['sammanfattning', 'Sammanfattning', text],
  [
    'vasentlig-styrinformation',
    'Väsentlig styrinformation till kommunledningen',
    undefined,
    [
      [
        'verksamhetens-utveckling',
        'Verksamhetens utveckling',
        undefined,
        [['redovisning-av-resultat', 'Redovisning av resultat', text]],
      ],
      [
        'budgetmal',
        'Kommunfullmäktiges budgetmål',
        undefined,
        [
          ['organisationsmal', 'Organisationsmål', { kind: 'goals', goalKinds: ['kfOrganisation'] }],
          ['verksamhetsmal', 'Övergripande verksamhetsmål', { kind: 'goals', goalKinds: ['kfActivity'] }],
          [
            'namndspecifika-mal',
            'Nämndspecifika mål från KF',
            { kind: 'goals', goalKinds: ['kfCommittee', 'committee'] },
          ],
        ],
      ],
    ],
    true,
  ],
  [
    'ovrig-uppfoljning',
    'Övrig uppföljning till kommunledningen',
    undefined,
    [
      [
        'personalomradet',
        'Utveckling inom personalområdet',
        undefined,
        [
          ['hr-matt', 'Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv', text],
          ['hr-analys', 'Analys av situationen inom HR-området', text],
          ['kompetensforsorjning', 'Långsiktig kompetensförsörjning', text],
        ],
      ],
      [
        'ekonomisk-uppfoljning',
        'Ekonomisk uppföljning',
        undefined,
        [['arets-utfall', 'Analys av årets utfall', text]],
      ],
      ['eget-kapital', 'Värdering av eget kapital', text],
      [
        'sarskilda-beslut',
        'Uppföljning av särskilda beslut och uppdrag',
        undefined,
        [
          ['styrsystem', 'Utvärdering av system för styrning, uppföljning och kontroll', text],
          ['kvalitetsledning', 'Brukar-/kundorienterad kvalitetsledning', text],
          ['utredningar-barn-unga', 'Utredningar barn och unga', text],
          ['ej-verkstallda-beslut', 'Ej verkställda SoL/LSS beslut', text],
          ['lex-sarah', 'Anmälningar enligt Lex Sarah', text],
          ['hvb', 'Uppföljning av kvaliteten i hem för vård eller boende (HVB) för barn och unga', text],
          ['kriskommunikation', 'Kriskommunikation', text],
          ['krisledning', 'Krisledningsplaner och beredskapsplaner', text],
        ],
      ],
    ],
    true,
  ],
  ['bokslut', 'Bokslut', undefined, [['sammanfattande-analys', 'Sammanfattande analys', text]], true],
  [
    'styrinformation-namnden',
    'Styrinformation till nämnden',
    undefined,
    [
      ['resultat-organisation', 'Resultat enligt organisationsstrukturen', text],
      ['kommunbidrag', 'Kommunbidrag', text],
      ['sakerhetsarbete', 'Uppföljning av årets säkerhetsarbete', text],
      ['miljoarbete', 'Systematiskt miljöarbete', text],
      ['barnbokslut', 'Barnbokslut', text],
      ['synpunkter', 'Redovisning av inkomna synpunkter', text],
      ['privata-leverantorer', 'Uppföljning av privata leverantörer', text],
    ],
    true,
  ],
  [
    'namndens-uppdrag',
    'Redovisning av nämndens uppdrag',
    undefined,
    [
      [
        'uppdrag-kf-ks',
        'Redovisning av uppdrag från KF/KS i och utanför budget',
        undefined,
        [
          [
            'budgetuppdrag',
            'Budgetuppdrag från KF:s budget {år}',
            { kind: 'assignments', sources: ['budget'] },
          ],
          [
            'uppdrag-utanfor-budget',
            'Uppdrag till nämnd/styrelse som tilldelats utanför budgetbeslut',
            { kind: 'assignments', sources: ['council'] },
          ],
        ],
      ],
      [
        'uppdrag-exkl-kf-ks',
        'Redovisning av nämndens uppdrag, exkl. KF/KS',
        undefined,
        [
          [
            'egna-uppdrag',
            'Nämndens och förvaltningsdirektörens uppdrag',
            { kind: 'assignments', sources: ['committee', 'director'] },
          ],
        ],
      ],
    ],
    true,
  ],
];

/** The delårsrapport follows the annual report's goals and assignments, without the year-end chapters. */
const delarsrapport: Outline[] = [
  ['sammanfattning', 'Sammanfattning', text],
  [
    'budgetmal',
    'Kommunfullmäktiges budgetmål',
    undefined,
    [
      ['organisationsmal', 'Organisationsmål', { kind: 'goals', goalKinds: ['kfOrganisation'] }],
      ['verksamhetsmal', 'Övergripande verksamhetsmål', { kind: 'goals', goalKinds: ['kfActivity'] }],
      [
        'namndspecifika-mal',
        'Nämndspecifika mål från KF',
        { kind: 'goals', goalKinds: ['kfCommittee', 'committee'] },
      ],
    ],
    true,
  ],
  ['personalomradet', 'Utveckling inom personalområdet', text],
  [
    'namndens-uppdrag',
    'Redovisning av nämndens uppdrag',
    undefined,
    [
      ['budgetuppdrag', 'Budgetuppdrag från KF:s budget {år}', { kind: 'assignments', sources: ['budget'] }],
      [
        'uppdrag-utanfor-budget',
        'Uppdrag utanför budgetbeslut',
        { kind: 'assignments', sources: ['council'] },
      ],
      [
        'egna-uppdrag',
        'Nämndens och förvaltningsdirektörens uppdrag',
        { kind: 'assignments', sources: ['committee', 'director'] },
      ],
    ],
    true,
  ],
];

const outlines: Record<DocumentKind, Outline[]> = { verksamhetsplan, delarsrapport, arsrapport };

/** A new municipality's template of a document; it edits the tree as data afterwards. */
export function defaultTemplate(kind: DocumentKind): TemplateChapter[] {
  return chapters(outlines[kind]);
}

/** Every chapter of a tree in document order, with its depth (0 at the top). */
export function flattenChapters(
  tree: readonly TemplateChapter[],
  depth = 0,
): { chapter: TemplateChapter; depth: number }[] {
  return tree.flatMap((chapter) => [{ chapter, depth }, ...flattenChapters(chapter.children, depth + 1)]);
}

/** Why a tree cannot be saved, in Swedish, with the JSON path; null when it can. */
export function templateProblem(tree: readonly TemplateChapter[]): { path: string; message: string } | null {
  const seen = new Set<string>();
  const walk = (
    nodes: readonly TemplateChapter[],
    path: string,
    depth: number,
  ): { path: string; message: string } | null => {
    for (const [index, chapter] of nodes.entries()) {
      const here = `${path}[${index}]`;
      if (seen.has(chapter.key))
        return { path: `${here}.key`, message: `Nyckeln ${chapter.key} finns redan i mallen` };
      seen.add(chapter.key);
      if (chapter.appendix && depth > 0)
        return { path: `${here}.appendix`, message: 'Bara ett kapitel överst kan vara bilaga' };
      if (depth >= 3 && chapter.children.length > 0)
        return { path: `${here}.children`, message: 'Mallen har högst fyra nivåer' };
      const problem = walk(chapter.children, `${here}.children`, depth + 1);
      if (problem) return problem;
    }
    return null;
  };
  const problem = walk(tree, 'body.chapters', 0);
  if (problem) return problem;
  const firstAppendix = tree.findIndex((chapter) => chapter.appendix);
  if (firstAppendix >= 0 && tree.slice(firstAppendix).some((chapter) => !chapter.appendix))
    return {
      path: `body.chapters[${firstAppendix}]`,
      message: 'Bilagorna kommer efter de numrerade kapitlen',
    };
  return null;
}
