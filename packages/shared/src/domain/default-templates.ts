import type { DocumentKind, Section, TemplateChapter } from '../contracts/documents.ts';

type Outline = [
  key: string,
  title: string,
  section?: Section,
  children?: Outline[],
  pageBreakBefore?: boolean,
  appendix?: boolean,
];

const text: Section = { kind: 'documentText' };

function chapters(outline: readonly Outline[]): TemplateChapter[] {
  return outline.map(([key, title, section, children, pageBreakBefore, appendix]) => ({
    key,
    title,
    section: section ?? { kind: 'heading' },
    pageBreakBefore: pageBreakBefore ?? false,
    appendix: appendix ?? false,
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
  // Reference 001 attaches these to the plan; the plan itself is not one of our appendices.
  ['samlad-riskbild', 'Samlad riskbild {år}', { kind: 'riskRegister' }, [], true, true],
  ['intern-kontrollplan', 'Intern kontrollplan {år}', { kind: 'controlPlan' }, [], true, true],
  ['handlingsplaner', 'Handlingsplaner {år}', { kind: 'actionPlans' }, [], true, true],
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
        [
          [
            'redovisning-av-resultat',
            'Redovisning av resultat',
            text,
            [
              [
                'volym-kostnad',
                'Volym-, intäkts- och kostnadsutveckling',
                { kind: 'keyFigureTable', table: 'volym-kostnad' },
              ],
            ],
          ],
          [
            'vasentliga-avvikelser',
            'Väsentliga avvikelser i verksamhetens utveckling',
            { kind: 'significantDeviations' },
          ],
        ],
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
          [
            'hr-matt',
            'Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv',
            { kind: 'keyFigureTable', table: 'personal' },
          ],
          ['hr-analys', 'Analys av situationen inom HR-området', text],
          ['kompetensforsorjning', 'Långsiktig kompetensförsörjning', text],
        ],
      ],
      [
        'ekonomisk-uppfoljning',
        'Ekonomisk uppföljning',
        undefined,
        [
          ['arets-utfall', 'Analys av årets utfall', text],
          [
            'kommuncentrala-poster',
            'Uppföljning av kommuncentrala poster som hanteras genom beslut av andra nämnder',
            { kind: 'centralItems' },
          ],
          ['statsbidrag', 'Uppföljning av erhållna statsbidrag', { kind: 'stateGrants' }],
        ],
      ],
      ['eget-kapital', 'Värdering av eget kapital', { kind: 'equity' }],
      [
        'sarskilda-beslut',
        'Uppföljning av särskilda beslut och uppdrag',
        undefined,
        [
          [
            'styrsystem',
            'Utvärdering av system för styrning, uppföljning och kontroll',
            text,
            [['internkontroll', 'Uppföljning av intern kontrollplan', { kind: 'controlPlan' }]],
          ],
          ['kvalitetsledning', 'Brukar-/kundorienterad kvalitetsledning', text],
          ['utredningar-barn-unga', 'Utredningar barn och unga', text],
          ['ej-verkstallda-beslut', 'Ej verkställda SoL/LSS beslut', text],
          ['lex-sarah', 'Anmälningar enligt Lex Sarah', text],
          ['hvb', 'Uppföljning av kvaliteten i hem för vård eller boende (HVB) för barn och unga', text],
          ['kriskommunikation', 'Kriskommunikation', text],
          ['krisledning', 'Krisledningsplaner och beredskapsplaner', text],
          // Left out of a year without handlingsplaner.
          ['handlingsplaner', 'Uppföljning av handlingsplaner', { kind: 'actionPlanFollowUps' }],
        ],
      ],
    ],
    true,
  ],
  [
    'bokslut',
    'Bokslut',
    undefined,
    [
      ['sammanfattande-analys', 'Sammanfattande analys', text],
      ['resultatrakning', 'Resultaträkning', { kind: 'incomeStatement' }],
    ],
    true,
  ],
  [
    'styrinformation-namnden',
    'Styrinformation till nämnden',
    undefined,
    [
      ['resultat-organisation', 'Resultat enligt organisationsstrukturen', { kind: 'departmentResults' }],
      ['kommunbidrag', 'Kommunbidrag', { kind: 'municipalGrant' }],
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

/** The delårsrapport follows the annual report's goals, economy and assignments, without the year-end chapters. */
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
    'ekonomisk-uppfoljning',
    'Ekonomisk uppföljning',
    undefined,
    [
      ['resultatrakning', 'Resultaträkning med prognos', { kind: 'incomeStatement' }],
      ['resultat-organisation', 'Resultat enligt organisationsstrukturen', { kind: 'departmentResults' }],
      ['vasentliga-avvikelser', 'Väsentliga avvikelser', { kind: 'significantDeviations' }],
    ],
    true,
  ],
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
