export { presentMunicipality } from './org.presenter.ts';
export { findMunicipality, findNodePath, findOrgNode, findServedCommittees } from './org.queries.ts';
export { createOrgNode } from './org.service.ts';
export { readOrgKinds, writeOrgKinds } from './org-kinds.ts';
