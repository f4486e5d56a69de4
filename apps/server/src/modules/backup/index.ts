export { backupTotals, writeBackup } from './backup.service.ts';
export { type BackupHeader, verifyBackup } from './backup-file.ts';
export {
  findLocalServer,
  type LocalServer,
  localAddressOf,
  localServerFile,
  localTokenHeader,
  newLocalToken,
  removeLocalServerNote,
  writeLocalServerNote,
} from './local-server.ts';
export { restoreBackup } from './restore.service.ts';
