/**
 * Builds a deck with other build settings (DECK_CONTENT, DECK_URL, DECK_NOTES …) into a folder of
 * its own, as `npm run build` would with those variables set, for the browser tests' global setup.
 * Each build runs in a Vite process of its own, with its own environment: vite.config.ts reads the
 * settings from the environment, so builds side by side cannot see each other's.
 */
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const viteCli = join(
  createRequire(import.meta.url).resolve('vite/package.json'),
  '..',
  'bin',
  'vite.js',
);

export function buildVariant(name: string, env: Record<string, string>): Promise<string> {
  const root = process.cwd();
  const outDir = join(root, 'node_modules', '.deck-test-builds', name);
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [viteCli, 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'],
      { cwd: root, env: { ...process.env, ...env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        if (error === null) resolve(outDir);
        else reject(new Error(`The ${name} build failed:\n${stdout}${stderr}`, { cause: error }));
      },
    );
  });
}
