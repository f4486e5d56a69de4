export { exportCommitteeYear } from './export.service.ts';
export { importCommitteeYear } from './import.service.ts';
export { previewCommitteeYear } from './import-preview.ts';
