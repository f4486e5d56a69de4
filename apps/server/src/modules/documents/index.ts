export { documentKeyOf } from './build-document.ts';
export { documentKindFor } from './document-keys.ts';
export { setLogo } from './logo.service.ts';
export { getDocumentOverview } from './overview.service.ts';
export { renderDocument } from './render.service.ts';
export { renderForAdoption, storeSnapshots } from './snapshots.service.ts';
export {
  checkTemplateFileOfMunicipality,
  exportTemplateFile,
  importTemplateFile,
} from './template-file.service.ts';
export { insertDefaultTemplates } from './templates.service.ts';
