/**
 * Builds the deck with other build settings (DECK_URL, DECK_NOTES …) into a folder of its own,
 * as `npm run build` would with those variables set, for tests that need such a build.
 */
import { join } from 'node:path';
import { build } from 'vite';

export async function buildVariant(name: string, env: Record<string, string>): Promise<string> {
  const root = process.cwd();
  const outDir = join(root, 'node_modules', '.deck-test-builds', name);
  const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
  Object.assign(process.env, env);
  try {
    // vite.config.ts reads the settings from the environment each time it is loaded.
    await build({ root, logLevel: 'error', build: { outDir, emptyOutDir: true } });
  } finally {
    for (const [key, value] of Object.entries(saved)) {
      if (value === undefined) Reflect.deleteProperty(process.env, key);
      else process.env[key] = value;
    }
  }
  return outDir;
}
