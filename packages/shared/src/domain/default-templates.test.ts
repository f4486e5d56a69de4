import { describe, expect, it } from 'vitest';
import { defaultTemplate, flattenChapters } from './document-templates.ts';

/**
 * Each default template's chapters in document order, one line each: indented by depth, key and title, "¶" for
 * a page break before it and "(bilaga)" for an appendix. The order is the reference documents' own, so a chapter
 * moved, dropped or renamed here is a change to what every new municipality's documents look like.
 */
const outline = (kind: 'verksamhetsplan' | 'delarsrapport' | 'arsrapport') =>
  flattenChapters(defaultTemplate(kind)).map(
    ({ chapter, depth }) =>
      `${'  '.repeat(depth)}${chapter.key}: ${chapter.title}${chapter.pageBreakBefore ? ' ¶' : ''}${chapter.appendix ? ' (bilaga)' : ''}`,
  );

describe('the default templates’ chapters, in order', () => {
  it('verksamhetsplan', () => {
    expect(outline('verksamhetsplan')).toEqual([
      'inledning: Inledning',
      'forutsattningar: Förutsättningar',
      'mal-och-uppdrag: Nämndens mål och uppdrag ¶',
      'uppdrag: Nämndens uppdrag ¶',
      '  uppdrag-budget: Uppdrag i KF:s budget {år}',
      '  uppdrag-utanfor-budget: Uppdrag utanför budget',
      '  uppdrag-namnd: Nämndens och förvaltningsdirektörens uppdrag',
      'samlad-riskbild: Samlad riskbild {år} ¶ (bilaga)',
      'intern-kontrollplan: Intern kontrollplan {år} ¶ (bilaga)',
      'handlingsplaner: Handlingsplaner {år} ¶ (bilaga)',
    ]);
  });

  it('delårsrapport', () => {
    expect(outline('delarsrapport')).toEqual([
      'sammanfattning: Sammanfattning',
      'budgetmal: Kommunfullmäktiges budgetmål ¶',
      '  organisationsmal: Organisationsmål',
      '  verksamhetsmal: Övergripande verksamhetsmål',
      '  namndspecifika-mal: Nämndspecifika mål från KF',
      'personalomradet: Utveckling inom personalområdet',
      'ekonomisk-uppfoljning: Ekonomisk uppföljning ¶',
      '  resultatrakning: Resultaträkning med prognos',
      '  resultat-organisation: Resultat enligt organisationsstrukturen',
      '  vasentliga-avvikelser: Väsentliga avvikelser',
      'namndens-uppdrag: Redovisning av nämndens uppdrag ¶',
      '  budgetuppdrag: Budgetuppdrag från KF:s budget {år}',
      '  uppdrag-utanfor-budget: Uppdrag utanför budgetbeslut',
      '  egna-uppdrag: Nämndens och förvaltningsdirektörens uppdrag',
    ]);
  });

  it('årsrapport', () => {
    expect(outline('arsrapport')).toEqual([
      'sammanfattning: Sammanfattning',
      'vasentlig-styrinformation: Väsentlig styrinformation till kommunledningen ¶',
      '  verksamhetens-utveckling: Verksamhetens utveckling',
      '    redovisning-av-resultat: Redovisning av resultat',
      '      volym-kostnad: Volym-, intäkts- och kostnadsutveckling',
      '    vasentliga-avvikelser: Väsentliga avvikelser i verksamhetens utveckling',
      '  budgetmal: Kommunfullmäktiges budgetmål',
      '    organisationsmal: Organisationsmål',
      '    verksamhetsmal: Övergripande verksamhetsmål',
      '    namndspecifika-mal: Nämndspecifika mål från KF',
      'ovrig-uppfoljning: Övrig uppföljning till kommunledningen ¶',
      '  personalomradet: Utveckling inom personalområdet',
      '    hr-matt: Mått/nyckeltal som beskriver utvecklingen ur ett HR-perspektiv',
      '    hr-analys: Analys av situationen inom HR-området',
      '    kompetensforsorjning: Långsiktig kompetensförsörjning',
      '  ekonomisk-uppfoljning: Ekonomisk uppföljning',
      '    arets-utfall: Analys av årets utfall',
      '    kommuncentrala-poster: Uppföljning av kommuncentrala poster som hanteras genom beslut av andra nämnder',
      '    statsbidrag: Uppföljning av erhållna statsbidrag',
      '  eget-kapital: Värdering av eget kapital',
      '  sarskilda-beslut: Uppföljning av särskilda beslut och uppdrag',
      '    styrsystem: Utvärdering av system för styrning, uppföljning och kontroll',
      '      internkontroll: Uppföljning av intern kontrollplan',
      '    kvalitetsledning: Brukar-/kundorienterad kvalitetsledning',
      '    utredningar-barn-unga: Utredningar barn och unga',
      '    ej-verkstallda-beslut: Ej verkställda SoL/LSS beslut',
      '    lex-sarah: Anmälningar enligt Lex Sarah',
      '    hvb: Uppföljning av kvaliteten i hem för vård eller boende (HVB) för barn och unga',
      '    kriskommunikation: Kriskommunikation',
      '    krisledning: Krisledningsplaner och beredskapsplaner',
      '    handlingsplaner: Uppföljning av handlingsplaner',
      'bokslut: Bokslut ¶',
      '  sammanfattande-analys: Sammanfattande analys',
      '  resultatrakning: Resultaträkning',
      'styrinformation-namnden: Styrinformation till nämnden ¶',
      '  resultat-organisation: Resultat enligt organisationsstrukturen',
      '  kommunbidrag: Kommunbidrag',
      '  sakerhetsarbete: Uppföljning av årets säkerhetsarbete',
      '  miljoarbete: Systematiskt miljöarbete',
      '  barnbokslut: Barnbokslut',
      '  synpunkter: Redovisning av inkomna synpunkter',
      '  privata-leverantorer: Uppföljning av privata leverantörer',
      'namndens-uppdrag: Redovisning av nämndens uppdrag ¶',
      '  uppdrag-kf-ks: Redovisning av uppdrag från KF/KS i och utanför budget',
      '    budgetuppdrag: Budgetuppdrag från KF:s budget {år}',
      '    uppdrag-utanfor-budget: Uppdrag till nämnd/styrelse som tilldelats utanför budgetbeslut',
      '  uppdrag-exkl-kf-ks: Redovisning av nämndens uppdrag, exkl. KF/KS',
      '    egna-uppdrag: Nämndens och förvaltningsdirektörens uppdrag',
    ]);
  });
});
