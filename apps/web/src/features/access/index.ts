export { readableCommittees } from './readable-committees.ts';
export { useCanRead, useMunicipalityPermissions, usePermissions } from './use-permissions.ts';
