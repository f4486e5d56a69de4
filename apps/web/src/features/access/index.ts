export { readableCommittees } from './readable-committees.ts';
export { useCommitteeReading, useYearPages } from './use-committee-reading.ts';
export { useCanRead, useMunicipalityPermissions, usePermissions } from './use-permissions.ts';
