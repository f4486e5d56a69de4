/** A mistake found in an imported document or file, and where. */
export interface Problem {
  /** Where in the document, e.g. "goals[3].goalArea". */
  path: string;
  message: string;
}
