// Preloaded (`node --import`) before dependency-cruiser: where dependency-cruiser asks for `typescript`, it gets
// scripts/depcruise-typescript.ts, which says why.
import { registerHooks } from 'node:module';

const standIn = new URL('./depcruise-typescript.ts', import.meta.url).href;

registerHooks({
  resolve(specifier, context, nextResolve) {
    const fromDependencyCruiser = context.parentURL?.includes('/node_modules/dependency-cruiser/') ?? false;
    if (fromDependencyCruiser && (specifier === 'typescript' || specifier === 'typescript/package.json')) {
      return { url: standIn, format: 'module-typescript', shortCircuit: true };
    }
    return nextResolve(specifier, context);
  },
});
