/** The documents a committee adopts each year, by the names the command line and the API use. */
export const documentKinds = ['verksamhetsplan', 'delarsrapport', 'arsrapport'] as const;
export type DocumentKind = (typeof documentKinds)[number];

export const documentFormats = ['pdf', 'docx', 'html'] as const;
export type DocumentFormat = (typeof documentFormats)[number];
