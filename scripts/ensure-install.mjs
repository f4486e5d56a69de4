// Runs before `npm start` and `npm test` on whatever Node the machine has, so a
// fresh clone needs no separate install step. Installs when the lock file is
// newer than the last install.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  console.log('Installing dependencies (npm install)…');
  execSync('npm install --no-audit --no-fund', {
    stdio: 'inherit',
  });
}
