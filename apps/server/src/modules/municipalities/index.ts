export { insertDefaultSettings } from './default-settings.ts';
export { exportMunicipalitySettings } from './export-settings.service.ts';
export { importMunicipalitySettings, type MunicipalityImportResult } from './import-settings.service.ts';
export {
  createMunicipality,
  findMunicipalityByReference,
  listMunicipalities,
} from './municipality.service.ts';
