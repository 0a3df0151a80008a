/**
 * The Dockerfile, checked by reading (no Docker engine runs the tests): its image has the
 * production packages only and runs room/main.ts compiled, so everything that file imports
 * must be a Node built-in, a production dependency, or a file the image copies.
 */
import { existsSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const dockerfile = readFileSync(join(root, 'Dockerfile'), 'utf8');
const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
};

/** Every module room/main.ts loads at run time (type-only imports are erased), by path. */
function importGraph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string): void => {
    if (files.has(file)) return;
    files.add(file);
    const source = readFileSync(file, 'utf8');
    const imports = source.matchAll(/^import (?!type\b)[^;]*?from '([^']+)';/gms);
    for (const [, specifier = ''] of imports) {
      if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
      else packages.add(specifier);
    }
  };
  visit(join(root, entry));
  return { files: new Set([...files].map((file) => relative(root, file))), packages };
}

describe('the Dockerfile', () => {
  const graph = importGraph('room/main.ts');

  it('runs a server that needs only Node and the production dependencies', () => {
    const allowed = new Set([...Object.keys(packageJson.dependencies)]);
    for (const specifier of graph.packages) {
      const isBuiltin = specifier.startsWith('node:') || builtinModules.includes(specifier);
      expect(isBuiltin || allowed.has(specifier), `${specifier} is not in "dependencies"`).toBe(
        true,
      );
    }
    expect(graph.packages).toContain('better-sqlite3');
  });

  it('copies every folder the server’s files are in, and runs the compiled entry', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(.+) \S+$/gm)].flatMap(
      ([, sources = '']) => sources.split(' '),
    );
    for (const file of graph.files) {
      expect(
        copied.some((source) => file.startsWith(`${source}/`)),
        `${file} is not copied into the compile stage`,
      ).toBe(true);
    }
    for (const source of copied) expect(existsSync(join(root, source)), source).toBe(true);
    const config = JSON.parse(readFileSync(join(root, 'tsconfig.room-image.json'), 'utf8')) as {
      compilerOptions: { outDir: string };
      files: string[];
    };
    expect(config.files).toEqual(['room/main.ts']);
    expect(dockerfile).toContain(`COPY --from=compile /app/${config.compilerOptions.outDir} ./`);
    expect(dockerfile).toMatch(/^CMD \["node", "room\/main\.js"\]$/m);
  });

  it('keeps the rooms in a volume and runs as an unprivileged user', () => {
    expect(dockerfile).toMatch(/ROOM_DATABASE=\/data\/rooms\.sqlite/);
    expect(dockerfile).toMatch(/^VOLUME \/data$/m);
    expect(dockerfile).toMatch(/^USER node$/m);
  });
});
