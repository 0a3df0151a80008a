/**
 * Builds a project folder with Vite in a process of its own, timed (the wall time of
 * `npm run build`), and builds another commit of this repository beside it, for
 * `npm run bench -- --against <commit>`: the same machine and the same run measure both.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Runs `vite build` in `dir` and returns its wall time in seconds; throws with its output. */
export function timedBuild(dir: string, viteBin: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, [viteBin, 'build', '--logLevel', 'warn'], {
    cwd: dir,
    encoding: 'utf8',
    env: process.env,
  });
  if (result.status !== 0) {
    throw new Error(`The build in ${dir} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return (performance.now() - started) / 1000;
}

export interface OtherCommit {
  /** The commit, short (`317dd77`). */
  readonly name: string;
  /** Its files, with this checkout's node_modules. */
  readonly dir: string;
  readonly remove: () => void;
}

interface PackageLock {
  readonly packages?: Readonly<Record<string, { readonly version?: string }>>;
}

/**
 * Why a commit locked by `theirs` cannot build with the packages `ours` installed: the first
 * package it locks that ours lacks or locks at another version; undefined when every one of its
 * packages is installed here as it wants it.
 */
export function lockMismatch(theirs: string, ours: string): string | undefined {
  const wanted = (JSON.parse(theirs) as PackageLock).packages ?? {};
  const installed = (JSON.parse(ours) as PackageLock).packages ?? {};
  for (const [path, { version }] of Object.entries(wanted)) {
    if (path === '') continue;
    const here = installed[path]?.version;
    if (here !== version) {
      const name = path.replace(/^.*node_modules\//, '');
      return here === undefined
        ? `it needs ${name} ${version ?? ''}, which this checkout has not installed`
        : `it needs ${name} ${version ?? ''}, and this checkout has ${here}`;
    }
  }
  return undefined;
}

/**
 * Writes `commit`'s files into a temporary folder and links this checkout's node_modules into
 * it, so it builds with the same packages.
 *
 * @throws when the commit is unknown, or its package-lock.json locks a package this one
 *   lacks or locks at another version (its build would need other packages: install them in a
 *   checkout of its own). Packages this checkout added beside its own do not matter.
 */
export function checkOutCommit(root: string, commit: string): OtherCommit {
  const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: root });
  let name: string;
  try {
    name = git('rev-parse', '--short', `${commit}^{commit}`).toString().trim();
  } catch {
    throw new Error(`--against: "${commit}" is no commit of this repository.`);
  }
  const ours = join(root, 'package-lock.json');
  const mismatch = lockMismatch(
    git('show', `${name}:package-lock.json`).toString(),
    existsSync(ours) ? readFileSync(ours, 'utf8') : '{}',
  );
  if (mismatch !== undefined) {
    throw new Error(`--against ${name}: ${mismatch}, so it cannot build with these node_modules.`);
  }
  const dir = mkdtempSync(join(tmpdir(), `deck-bench-${name}-`));
  const archive = join(dir, 'commit.tar');
  git('archive', '--output', archive, name);
  execFileSync('tar', ['-x', '-f', archive, '-C', dir]);
  rmSync(archive);
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  return {
    name,
    dir,
    remove: () => {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
