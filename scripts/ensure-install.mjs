// Runs before `npm start` and `npm test` on whatever Node the machine has, so a
// fresh clone needs no separate install step. Installs exactly the lock file
// (`npm ci`) when node_modules is missing or older than the lock file.
import { execSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs;
if (stale) {
  console.log('Installing dependencies from the lock file (npm ci)…');
  execSync('npm ci --no-audit --no-fund', {
    stdio: 'inherit',
  });
}
