export { createUser, grantRole } from './users.service.ts';
