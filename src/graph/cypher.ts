/**
 * Named Cypher: every statement the project runs lives in a `.cypher` file under src/graph/cypher/ (or a
 * `@cypher` directive in schema/), is read once, and runs with parameters only.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The project root (the folder with package.json), found from this file in src/ or in dist/src/. */
export function projectRoot(): string {
  let dir = __dirname;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`vanban: no package.json above ${__dirname}`);
    dir = parent;
  }
  return dir;
}

const cache = new Map<string, string>();

/** The text of src/graph/cypher/<name>.cypher (read once; tsc does not copy .cypher files to dist/). */
export function cypher(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(path.join(projectRoot(), 'src', 'graph', 'cypher', `${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** The statements of a multi-statement file (separated by `;` at a line end), without `//` comment lines. */
export function cypherStatements(name: string): string[] {
  return cypher(name)
    .split(/;\s*$/m)
    .map((s) =>
      s
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('//'))
        .join('\n')
        .trim(),
    )
    .filter((s) => s.length > 0);
}
