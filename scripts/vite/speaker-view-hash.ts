/**
 * The Content Security Policy hash of the speaker view's inline script. reveal.js's notes plugin
 * writes the speaker view into an about:blank pop-up, which inherits the deck's policy; without
 * this hash the policy would block the speaker view. Read from the pinned plugin at build time,
 * so the hash always matches the code that ships.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { runInNewContext } from 'node:vm';

export function speakerViewScriptHashes(): string[] {
  const require = createRequire(import.meta.url);
  const file = require.resolve('reveal.js/plugin/notes').replace(/notes\.js$/, 'notes.mjs');
  const source = readFileSync(file, 'utf8');
  const call = 'document.write(';
  const start = source.indexOf(call);
  if (start < 0) throw new Error(`${file} no longer writes the speaker view with document.write.`);
  // The argument is one string literal; evaluate just that literal to get the exact HTML.
  const literalStart = start + call.length;
  let end = literalStart + 1;
  while (!(source[end] === '"' && source[end - 1] !== '\\')) end++;
  const html = runInNewContext(source.slice(literalStart, end + 1)) as string;
  const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map(
    (match) => match[1] ?? '',
  );
  if (scripts.length === 0) throw new Error(`No inline script found in ${file}'s speaker view.`);
  return scripts.map(
    (script) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`,
  );
}
