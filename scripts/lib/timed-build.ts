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

/**
 * Writes `commit`'s files into a temporary folder and links this checkout's node_modules into
 * it, so it builds with the same packages.
 *
 * @throws when the commit is unknown, or its package-lock.json differs from this one (its
 *   build would need other packages: install them in a checkout of its own).
 */
export function checkOutCommit(root: string, commit: string): OtherCommit {
  const git = (...args: string[]): Buffer => execFileSync('git', args, { cwd: root });
  let name: string;
  try {
    name = git('rev-parse', '--short', `${commit}^{commit}`).toString().trim();
  } catch {
    throw new Error(`--against: "${commit}" is no commit of this repository.`);
  }
  const lock = (path: string): string => (existsSync(path) ? readFileSync(path, 'utf8') : '(none)');
  const theirs = git('show', `${name}:package-lock.json`).toString();
  if (theirs !== lock(join(root, 'package-lock.json'))) {
    throw new Error(
      `--against ${name}: its package-lock.json differs from this checkout's, so it cannot build with these node_modules.`,
    );
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
