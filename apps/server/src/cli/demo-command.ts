import { demoSignInText, loadDemo } from '../demo/load-demo.ts';
import { type DatabaseOptions, withContext } from './context.ts';

export const runDemo = (options: DatabaseOptions) =>
  withContext(options, async ({ deps }) => {
    await loadDemo(deps);
    console.log(`Demodata inläst.\n${demoSignInText()}`);
  });
