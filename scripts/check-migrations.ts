// Fails when the Drizzle schema has changes that no committed migration holds.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync } from 'node:fs';

const committed = 'apps/server/src/db/migrations';
// drizzle-kit only accepts a relative output folder.
const scratch = '.tmp/migrations-check';
rmSync(scratch, { recursive: true, force: true });
mkdirSync(scratch, { recursive: true });
try {
  cpSync(committed, scratch, { recursive: true });
  execFileSync(
    'npx',
    [
      'drizzle-kit',
      'generate',
      '--dialect',
      'postgresql',
      '--schema',
      'apps/server/src/db/schema/index.ts',
      '--out',
      scratch,
    ],
    { stdio: 'pipe' },
  );
  const generated = readdirSync(scratch).filter((file) => file.endsWith('.sql'));
  if (generated.length === 0) throw new Error('drizzle-kit generated nothing; the check cannot tell');
  const extra = readdirSync(scratch).filter(
    (file) => file.endsWith('.sql') && !readdirSync(committed).includes(file),
  );
  if (extra.length > 0) {
    console.error(
      `The schema has changes without a migration (${extra.join(', ')}). Run: npm run db:generate`,
    );
    process.exit(1);
  }
  console.log('Migrations match the schema.');
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
