import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

// src/core holds no mutable module-level state: a module is the same after any call as before it,
// so every function's result depends only on its arguments. This reads each file's top level and
// refuses a `let` or `var`, and a Map or Set made there unless its declared type is read-only
// (ReadonlyMap, ReadonlySet: the compiler then refuses every write to it).

const root = join(import.meta.dirname, '../../src/core');

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const COLLECTIONS = new Set(['Map', 'Set', 'WeakMap', 'WeakSet']);

/** What is wrong with one file's top level, one line a problem. */
function moduleStateProblems(fileName: string, text: string): string[] {
  const file = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true);
  const problems: string[] = [];
  const where = (node: ts.Node) => `${fileName}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const list = statement.declarationList;
    if (!(list.flags & ts.NodeFlags.Const)) {
      problems.push(`${where(statement)}: a module-level let or var`);
      continue;
    }
    for (const declaration of list.declarations) {
      const init = declaration.initializer;
      if (!init || !ts.isNewExpression(init) || !ts.isIdentifier(init.expression)) continue;
      if (!COLLECTIONS.has(init.expression.text)) continue;
      const type = declaration.type?.getText(file) ?? '';
      if (!/^Readonly(Map|Set)</.test(type)) {
        problems.push(`${where(declaration)}: a module-level ${init.expression.text} that can be written to`);
      }
    }
  }
  return problems;
}

describe('src/core holds no mutable module-level state', () => {
  it('finds what the check is for (it can fail)', () => {
    expect(moduleStateProblems('a.ts', 'let count = 0;')).toHaveLength(1);
    expect(moduleStateProblems('a.ts', 'export var seen = [];')).toHaveLength(1);
    expect(moduleStateProblems('a.ts', 'const cache = new Map<string, string[]>();')).toHaveLength(1);
    expect(moduleStateProblems('a.ts', 'const seen = new Set(["a"]);')).toHaveLength(1);
    expect(moduleStateProblems('a.ts', 'const known: ReadonlySet<string> = new Set(["a"]);')).toEqual([]);
    expect(moduleStateProblems('a.ts', 'function f() { let n = 0; const m = new Map(); return [n, m]; }')).toEqual([]);
  });

  it('no file in src/core has any', () => {
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(20);
    const problems = files.flatMap((path) => moduleStateProblems(relative(root, path), readFileSync(path, 'utf8')));
    expect(problems).toEqual([]);
  });
});
