/**
 * `npm run check:content`: validates the slides before every build, dev server and test run,
 * printing every problem with its file, slide and field; exits 1 when there is any. The
 * diagram sources are checked with Mermaid itself.
 */
import { deck } from '../slides/index.ts';
import { resolveDeck } from '../src/model/resolve.ts';
import { formatContentError, validateDeck } from '../src/model/validate.ts';
import { validateDiagramSources } from '../src/diagrams/validate-sources.ts';
import { loadMermaidInNode } from './lib/mermaid-in-node.ts';

const errors = [
  ...validateDeck(deck),
  ...(await validateDiagramSources(deck, await loadMermaidInNode())),
];
if (errors.length > 0) {
  console.error(`The slides have ${errors.length} problem${errors.length === 1 ? '' : 's'}:`);
  for (const error of errors) console.error(`  ${formatContentError(error)}`);
  process.exit(1);
}
const resolved = resolveDeck(deck);
const diagrams = resolved.slides.filter((entry) => entry.slide.kind === 'diagram').length;
console.log(
  `Content OK: ${resolved.slides.length} slides in ${resolved.sections.length} sections ` +
    `(${diagrams} diagrams), ${(resolved.totalSeconds / 60).toFixed(1)} minutes.`,
);
