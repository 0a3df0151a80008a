/**
 * `npm run check:content`: validates the slides before every build, dev server and test run,
 * printing every problem with its file, slide and field. Exits 1 when there is any.
 */
import { deck } from '../slides/index.ts';
import { loadDeck } from '../src/model/load.ts';
import { ContentValidationError } from '../src/model/validate.ts';

try {
  const resolved = loadDeck(deck);
  const minutes = resolved.totalSeconds / 60;
  console.log(
    `Content OK: ${resolved.slides.length} slides in ${resolved.sections.length} sections, ${minutes.toFixed(1)} minutes.`,
  );
} catch (error) {
  if (error instanceof ContentValidationError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
