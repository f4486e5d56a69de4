import { Command, CommanderError } from 'commander';
import { parseDocumentFormat, parseDocumentKind, parsePort, parseYear } from './arguments.ts';

// Each command's code is imported only once it is chosen, so a command loads what it needs and nothing else
// (`styr municipality add` never loads the web server or the document renderers).

const dataDirOption = [
  '--data-dir <dir>',
  'katalog för den inbyggda databasen (annars DATA_DIR, standard ./data)',
] as const;

const program = new Command('styr')
  .description(
    'Styr: styrning, uppföljning och kontroll för kommunala nämnder.\nAnvänder DATABASE_URL om den är satt, annars den inbyggda databasen.',
  )
  .helpOption('-h, --help', 'visa hjälp')
  .helpCommand('help [kommando]', 'visa hjälp för ett kommando')
  // Errors are printed below, in Swedish.
  .configureOutput({ outputError: () => {} })
  .exitOverride();

program
  .command('serve')
  .description('starta servern (webbapp och API)')
  .option('--port <n>', 'port att lyssna på (annars PORT, standard 3000)', parsePort)
  .option('--host <host>', 'adress att lyssna på (annars HOST, standard 127.0.0.1)')
  .option(...dataDirOption)
  .option('--demo', 'läs in demodata i en tom databas, även i produktionsläge')
  .action(async (options) => (await import('./serve.ts')).serve(options));

program
  .command('migrate')
  .description('uppdatera databasens schema')
  .option(...dataDirOption)
  .action(async (options) => (await import('./migrate-command.ts')).runMigrate(options));

program
  .command('demo')
  .description('läs in demodata i en tom databas')
  .option(...dataDirOption)
  .action(async (options) => (await import('./demo-command.ts')).runDemo(options));

program
  .command('import')
  .description('läs in en nämnds år (verksamhetsplan och uppföljningar) från en fil i det öppna formatet')
  .argument('<fil>', 'JSON-fil i formatet styr/committee-year')
  .option('--preview', 'pröva filen och visa vad den skulle lägga till, ändra och ta bort, utan att spara')
  .option(...dataDirOption)
  .action(async (file, options) => (await import('./import-command.ts')).runImport(file, options));

program
  .command('export')
  .description('skriv ut en nämnds år i det öppna formatet')
  .requiredOption('--committee <nämnd>', 'nämndens namn, kortnamn eller id')
  .requiredOption('--year <år>', 'året, t.ex. 2022', parseYear)
  .option('--out <fil>', 'fil att skriva till (annars standard ut)')
  .option(...dataDirOption)
  .action(async (options) => (await import('./export-command.ts')).runExport(options));

program
  .command('render')
  .description('framställ en nämnds verksamhetsplan eller rapport som PDF, Word eller webbsida')
  .requiredOption('--committee <nämnd>', 'nämndens namn, kortnamn eller id')
  .requiredOption('--year <år>', 'året, t.ex. 2022', parseYear)
  .requiredOption(
    '--document <dokument>',
    'verksamhetsplan, delarsrapport eller arsrapport',
    parseDocumentKind,
  )
  .requiredOption('--format <format>', 'pdf, docx eller html', parseDocumentFormat)
  .requiredOption('--out <fil>', 'fil att skriva till')
  .option(...dataDirOption)
  .action(async (options) => (await import('./render-command.ts')).runRender(options));

program
  .command('backup')
  .description(
    'skriv en säkerhetskopia av hela databasen till en fil; går bra medan servern körs (även på den inbyggda databasen)',
  )
  .requiredOption('--out <fil>', 'fil att skriva till, t.ex. styr-2026-11-23.backup.gz')
  .option(...dataDirOption)
  .action(async (options) => (await import('./backup-commands.ts')).runBackup(options));

program
  .command('restore')
  .description('återställ en säkerhetskopia i en ny, tom databas (allt eller inget)')
  .argument('<fil>', 'säkerhetskopia skriven av styr backup')
  .option(...dataDirOption)
  .action(async (file, options) => (await import('./backup-commands.ts')).runRestore(file, options));

const municipality = program.command('municipality').description('hantera kommuner');
municipality
  .command('add')
  .description('lägg till en kommun')
  .requiredOption('--name <name>', 'namn, t.ex. "Gävle kommun"')
  .option('--short-name <name>', 'kortnamn, t.ex. Gävle')
  .option('--kolada <id>', 'Kolada-id, t.ex. 2180')
  .option('--valid-from <date>', 'giltig från (ÅÅÅÅ-MM-DD)', '1971-01-01')
  .option(...dataDirOption)
  .action(async (options) => (await import('./municipality-command.ts')).runMunicipalityAdd(options));
municipality
  .command('list')
  .description('lista kommunerna: id, namn och antal nämnder')
  .option(...dataDirOption)
  .action(async (options) => (await import('./municipality-command.ts')).runMunicipalityList(options));
municipality
  .command('export')
  .description('skriv ut en kommuns inställningar i det öppna formatet styr/municipality')
  .argument('<kommun>', 'kommunens id eller exakta namn')
  .option('--out <fil>', 'fil att skriva till (annars standard ut)')
  .option(...dataDirOption)
  .action(async (reference, options) =>
    (await import('./municipality-command.ts')).runMunicipalityExport(reference, options),
  );
municipality
  .command('import')
  .description('läs in en kommun och dess inställningar från en fil; skapar kommunen om namnet är nytt')
  .argument('<fil>', 'JSON-fil i formatet styr/municipality')
  .option(...dataDirOption)
  .action(async (file, options) =>
    (await import('./municipality-command.ts')).runMunicipalityImport(file, options),
  );

const template = program.command('template').description('hantera kommunens dokumentmallar');
template
  .command('export')
  .description('skriv ut en dokumentmall i det öppna formatet styr/template')
  .argument('<kommun>', 'kommunens id eller exakta namn')
  .requiredOption('--kind <dokument>', 'verksamhetsplan, delarsrapport eller arsrapport', parseDocumentKind)
  .option('--out <fil>', 'fil att skriva till (annars standard ut)')
  .option(...dataDirOption)
  .action(async (reference, options) =>
    (await import('./template-command.ts')).runTemplateExport(reference, options),
  );
template
  .command('import')
  .description('läs in en dokumentmall från en fil i den kommun filen namnger (allt eller inget)')
  .argument('<fil>', 'JSON-fil i formatet styr/template')
  .option(...dataDirOption)
  .action(async (file, options) => (await import('./template-command.ts')).runTemplateImport(file, options));
template
  .command('check')
  .description(
    'pröva en dokumentmall: fel och varningar med sökväg, mot kommunens lagrade texter och uppgifter när kommunen finns',
  )
  .argument('<fil>', 'JSON-fil i formatet styr/template')
  .option(...dataDirOption)
  .action(async (file, options) => (await import('./template-command.ts')).runTemplateCheck(file, options));

const user = program.command('user').description('hantera användare');
user
  .command('add')
  .description('lägg till en användare; lösenordet läses från STYR_PASSWORD eller standard in')
  .requiredOption('--municipality <ref>', 'kommunens id, namn, kortnamn eller Kolada-id')
  .requiredOption('--email <email>', 'e-postadress (inloggningsnamn)')
  .requiredOption('--name <name>', 'visningsnamn')
  .option(
    '--role <role>',
    'roll för hela kommunen: reader, reporter, controller, member, auditor eller admin',
  )
  .option(...dataDirOption)
  .action(async (options) => (await import('./user-command.ts')).runUserAdd(options));

const translations: Record<string, string> = {
  'commander.unknownCommand': 'okänt kommando',
  'commander.unknownOption': 'okänt alternativ',
  'commander.missingMandatoryOptionValue': 'obligatoriskt alternativ saknas',
  'commander.optionMissingArgument': 'alternativet saknar värde',
  'commander.excessArguments': 'för många argument',
};

/** Commander's message with its quoted part (the option or command named) kept, in Swedish where we know it. */
function describeUsageError(error: CommanderError): string {
  if (error.code === 'commander.invalidArgument') {
    const [option] = error.message.match(/'[^']+'/) ?? ["''"];
    return `ogiltigt värde för ${option}: ${error.message.split('is invalid. ')[1] ?? ''}`.trim();
  }
  const translated = translations[error.code];
  if (!translated) return error.message.replace(/^error: /, '');
  const quoted = error.message.match(/'[^']+'/)?.[0];
  return quoted ? `${translated}: ${quoted}` : translated;
}

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    if (error.exitCode !== 0) console.error(`styr: ${describeUsageError(error)}\n(kör med --help för hjälp)`);
    process.exit(error.exitCode);
  }
  console.error(`styr: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
