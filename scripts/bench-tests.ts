/**
 * `npm run bench:tests`: how long `npm test` takes on a clean clone, for this commit and
 * another one, on this machine, in one run. Each commit is cloned fresh into a temporary
 * folder and installed with `npm ci` (not timed); then `npm test` runs, alternating between
 * the commits so a busy moment on a shared machine does not fall on one side only. Prints the
 * median wall time of each and their ratio. Speed is measured here, never in a timed test.
 *
 *   npm run bench:tests -- [--against COMMIT] [--commit COMMIT] [--runs N] [--logs DIR]
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { failUsage, readFlags } from './lib/command-line.ts';
import { median } from './lib/stats.ts';

const usage = `Usage: npm run bench:tests -- [--against COMMIT] [--commit COMMIT] [--runs N] [--logs DIR]

  --against COMMIT  the commit to compare with (default HEAD~1)
  --commit COMMIT   the commit to measure (default HEAD)
  --runs N          npm test runs per commit, 1 to 5 (default 1; each takes minutes)
  --logs DIR        keep each run's output there (<commit>-<run>.log), to see where time goes`;

const values = readFlags(
  {
    against: { type: 'string', default: 'HEAD~1' },
    commit: { type: 'string', default: 'HEAD' },
    runs: { type: 'string', default: '1' },
    logs: { type: 'string' },
  },
  usage,
);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1 || runs > 5) {
  failUsage(`--runs must be a whole number from 1 to 5, not "${values.runs}".`, usage);
}

function git(args: string[], cwd = process.cwd()): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8' });
  if (result.status !== 0) {
    throw new Error(`git ${args.join(' ')} failed: ${result.stderr.trim()}`);
  }
  return result.stdout.trim();
}

function resolveCommit(name: string): string {
  try {
    return git(['rev-parse', '--verify', `${name}^{commit}`]);
  } catch {
    return failUsage(`"${name}" is not a commit of this repository.`, usage);
  }
}

const commits = [resolveCommit(values.against), resolveCommit(values.commit)];
const logs = values.logs === undefined ? undefined : resolve(values.logs);
if (logs !== undefined) mkdirSync(logs, { recursive: true });
const root = mkdtempSync(join(tmpdir(), 'deck-bench-tests-'));
const env = { ...process.env, CI: 'true' };

try {
  const folders = commits.map((commit) => {
    const folder = join(root, commit.slice(0, 10));
    git(['clone', '--quiet', '--no-checkout', process.cwd(), folder]);
    git(['checkout', '--quiet', commit], folder);
    console.log(`${commit.slice(0, 10)}: npm ci…`);
    const install = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: folder, env });
    if (install.status !== 0) throw new Error(`npm ci failed in ${folder}`);
    return folder;
  });
  const times: number[][] = commits.map(() => []);
  for (let run = 0; run < runs; run++) {
    folders.forEach((folder, i) => {
      const commit = commits[i]?.slice(0, 10) ?? '';
      console.log(`${commit}: npm test, run ${run + 1} of ${runs}…`);
      const started = performance.now();
      const test = spawnSync('npm', ['test'], { cwd: folder, env, encoding: 'utf8' });
      const seconds = (performance.now() - started) / 1000;
      if (logs !== undefined) {
        writeFileSync(join(logs, `${commit}-${run + 1}.log`), test.stdout + test.stderr);
      }
      if (test.status !== 0) {
        throw new Error(`npm test failed at ${commit}:\n${test.stdout.slice(-2000)}`);
      }
      times[i]?.push(seconds);
      console.log(`${commit}: ${seconds.toFixed(0)} s`);
    });
  }
  const [before, after] = times.map((list) => median(list));
  console.log('\ncommit      median npm test (clean clone)');
  commits.forEach((commit, i) => {
    console.log(`${commit.slice(0, 10)}  ${median(times[i] ?? []).toFixed(0)} s`);
  });
  if (before !== undefined && after !== undefined) {
    console.log(`ratio       ${(after / before).toFixed(2)} (this commit / the other)`);
  }
} finally {
  rmSync(root, { recursive: true, force: true });
}
