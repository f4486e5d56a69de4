/**
 * Outcomes of a ja/nej indicator are stored as numbers so that every value
 * column holds the same type: ja 1, delvis 0.5, nej 0.
 */
export const yesNoValues = { ja: 1, delvis: 0.5, nej: 0 } as const;
