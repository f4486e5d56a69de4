import { type DatabaseOptions, describeDatabase, withContext } from './context.ts';

export const runMigrate = (options: DatabaseOptions) =>
  withContext(options, async ({ config }) => {
    console.log(`Databasens schema är uppdaterat (${describeDatabase(config)}).`);
  });
