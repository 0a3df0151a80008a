/**
 * `npm run check:content`: the one deck check (src/model/check-deck.ts), printing every problem
 * with its file, slide and field (DECK_CUT included); exits 1 when there is any. The build and
 * the dev server run the same check; this is the quick way to run it alone. A good deck gets
 * each cut's length, the numbers the README's "Cuts" table quotes.
 */
import { resolve } from 'node:path';
import { buildCut } from '../src/model/cut.ts';
import { formatContentError } from '../src/model/validate.ts';
import { cutLengthLines } from './lib/cut-lengths.ts';
import { readBuildSettings } from './vite/build-settings.ts';
import { startDeckChecker } from './lib/deck-checker.ts';

const settings = readBuildSettings();
const checker = startDeckChecker();
const check = await checker.check(resolve(settings.contentModule));
await checker.close();
const chosen = check.ok ? buildCut(check.deck.cuts, settings.cut) : undefined;
const errors = !check.ok
  ? check.errors
  : chosen !== undefined && 'problem' in chosen
    ? [chosen.problem]
    : [];
if (!check.ok || errors.length > 0) {
  const count = errors.length;
  console.error(`The slides have ${count} problem${count === 1 ? '' : 's'}:`);
  for (const error of errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}
const { deck } = check;
const diagrams = deck.slides.filter((entry) => entry.slide.kind === 'diagram').length;
console.log(
  `Content OK: ${deck.slides.length} slides in ${deck.sections.length} sections ` +
    `(${diagrams} diagrams). Cuts (spoken minutes + exercise minutes = planned time):`,
);
for (const line of cutLengthLines(deck)) console.log(`  ${line}`);
