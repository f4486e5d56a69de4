/** How large a synthetic country is. */
export interface CountrySize {
  municipalities: number;
  committeesPerMunicipality: number;
  years: number;
  goalsPerYear: number;
  indicatorsPerYear: number;
  assignmentsPerYear: number;
  risksPerYear: number;
  departmentsPerYear: number;
}
