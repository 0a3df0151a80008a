/**
 * `npm run check:content`: the one deck check (src/model/check-deck.ts), printing every problem
 * with its file, slide and field; exits 1 when there is any. The build and the dev server run
 * the same check; this is the quick way to run it alone.
 */
import { resolve } from 'node:path';
import { formatContentError } from '../src/model/validate.ts';
import { readBuildSettings } from './vite/build-settings.ts';
import { startDeckChecker } from './lib/deck-checker.ts';

const settings = readBuildSettings();
const checker = startDeckChecker();
const check = await checker.check(resolve(settings.contentModule));
await checker.close();
if (!check.ok) {
  const count = check.errors.length;
  console.error(`The slides have ${count} problem${count === 1 ? '' : 's'}:`);
  for (const error of check.errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}
const { deck } = check;
const diagrams = deck.slides.filter((entry) => entry.slide.kind === 'diagram').length;
console.log(
  `Content OK: ${deck.slides.length} slides in ${deck.sections.length} sections ` +
    `(${diagrams} diagrams), ${(deck.totalSeconds / 60).toFixed(1)} minutes.`,
);
