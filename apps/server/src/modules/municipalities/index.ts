export { insertDefaultSettings } from './default-settings.ts';
export { createMunicipality, findMunicipalityByReference } from './municipality.service.ts';
