// The part of the TypeScript compiler API that dependency-cruiser uses to read a file's imports.
// dependency-cruiser 18 reads TypeScript through the compiler API of TypeScript < 7 or >= 7.1; the project
// runs the native TypeScript 7.0, whose API has no parser. This stands in for it, with esbuild (which the
// project already installs through drizzle-kit) finding the imports: it answers createSourceFile with a
// source file that holds just the import declarations and dynamic imports, which is all dependency-cruiser
// looks at with `tsPreCompilationDeps`. scripts/depcruise-preload.ts hands this module to dependency-cruiser
// in place of `typescript`. Remove both once a TypeScript with a supported API is installed.
import { extname } from 'node:path';
import { buildSync, type Loader } from 'esbuild';

/** dependency-cruiser takes the path of the classic (< 7) compiler for this version. */
export const version = '6.0.0';

export const SyntaxKind = {
  Identifier: 1,
  StringLiteral: 2,
  FirstTemplateToken: 3,
  ImportKeyword: 4,
  CallExpression: 5,
  PropertyAccessExpression: 6,
  ImportDeclaration: 7,
  ExportDeclaration: 8,
  ImportEqualsDeclaration: 9,
  ModuleDeclaration: 10,
  ModuleBlock: 11,
  LastTypeNode: 12,
  LiteralType: 13,
  FirstJSDocNode: 14,
} as const;
export const ScriptTarget = { ES2015: 2, ES2022: 9, Latest: 99 } as const;
export const ModuleKind = { NodeNext: 199 } as const;
export const JsxEmit = { React: 2 } as const;
export const sys = { useCaseSensitiveFileNames: true };

interface Node {
  kind: number;
  [field: string]: unknown;
}

const loaders: Record<string, Loader> = {
  '.ts': 'ts',
  '.mts': 'ts',
  '.cts': 'ts',
  '.tsx': 'tsx',
  '.jsx': 'jsx',
};

/** `import type … from '…'` and `export type … from '…'`, which esbuild leaves out of its imports. */
const typeOnlyStatement =
  /^[ \t]*(?:import|export)[ \t]+type[ \t]+(?:\{[^}]*\}|\*(?:\s+as\s+\w+)?|\w+)\s*from\s*(['"])([^'"]+)\1/gm;

function stringLiteral(text: string): Node {
  return { kind: SyntaxKind.StringLiteral, text };
}

function importDeclaration(specifier: string, isTypeOnly: boolean): Node {
  return {
    kind: SyntaxKind.ImportDeclaration,
    moduleSpecifier: stringLiteral(specifier),
    importClause: { isTypeOnly },
  };
}

function callExpression(callee: Node, specifier: string): Node {
  return { kind: SyntaxKind.CallExpression, expression: callee, arguments: [stringLiteral(specifier)] };
}

/** The imports as they run: what esbuild keeps of the file with `verbatimModuleSyntax`. */
function runtimeImports(fileName: string, source: string): { path: string; kind: string }[] {
  const result = buildSync({
    stdin: { contents: source, loader: loaders[extname(fileName)] ?? 'js', sourcefile: fileName },
    bundle: true,
    external: ['*'],
    write: false,
    metafile: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'silent',
    tsconfigRaw: { compilerOptions: { verbatimModuleSyntax: true } },
  });
  return Object.values(result.metafile.inputs).flatMap((input) => input.imports);
}

export function createSourceFile(fileName: string, source: string): Node {
  const statements: Node[] = [];
  const calls: Node[] = [];
  const atRuntime = new Set<string>();
  for (const { path, kind } of runtimeImports(fileName, source)) {
    if (kind === 'import-statement') {
      atRuntime.add(path);
      statements.push(importDeclaration(path, false));
    } else if (kind === 'dynamic-import') {
      calls.push(callExpression({ kind: SyntaxKind.ImportKeyword }, path));
    } else if (kind === 'require-call') {
      calls.push(callExpression({ kind: SyntaxKind.Identifier, text: 'require' }, path));
    }
  }
  for (const [, , specifier] of source.matchAll(typeOnlyStatement)) {
    if (specifier !== undefined && !atRuntime.has(specifier)) {
      statements.push(importDeclaration(specifier, true));
    }
  }
  return {
    kind: 0,
    fileName,
    statements,
    children: calls,
    referencedFiles: [],
    typeReferenceDirectives: [],
  };
}

export function forEachChild(node: Node, visit: (child: Node) => void): void {
  for (const child of (node.children as Node[] | undefined) ?? []) visit(child);
}

export function transpileModule(): never {
  throw new Error('Only the imports of TypeScript files are read here; use tsPreCompilationDeps.');
}
