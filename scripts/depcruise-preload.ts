// Preloaded (`node --import`) before dependency-cruiser, which reads TypeScript through the compiler API of
// TypeScript 5/6 (or 7.1 and later). The project compiles with the native TypeScript 7.0, whose package has no
// such API, so dependency-cruiser gets TypeScript 5.9, installed beside it as `typescript-5`.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    const fromDependencyCruiser = context.parentURL?.includes('/node_modules/dependency-cruiser/') ?? false;
    if (fromDependencyCruiser && (specifier === 'typescript' || specifier.startsWith('typescript/'))) {
      return nextResolve(specifier.replace(/^typescript/, 'typescript-5'), context);
    }
    return nextResolve(specifier, context);
  },
});
