/**
 * The worker behind deck-checker.ts: loads the content module fresh for every request (so an
 * edit in slides/ is seen without restarting anything), runs the one check on it with Mermaid
 * under happy-dom, and posts the result back as plain data. Mermaid's DOM globals live in
 * this worker only, never in the process that asked (a Vite server, a test runner).
 */
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import type { Deck } from '../../src/model/authored.ts';
import { checkDeck, type DeckCheck } from '../../src/model/check-deck.ts';
import type { ContentError } from '../../src/model/validate.ts';
import { validateDiagramSources } from '../../src/diagrams/validate-sources.ts';
import { loadMermaidInNode } from './mermaid-in-node.ts';
import type { CheckReply, CheckRequest } from './deck-check-messages.ts';

const port = parentPort;
if (port === null) throw new Error('deck-check-worker.ts runs as a worker of deck-checker.ts');
const mermaid = loadMermaidInNode();

async function check(request: CheckRequest): Promise<DeckCheck> {
  let module: { deck?: Deck };
  try {
    // tsImport loads the module and everything it imports in a namespace of its own: fresh.
    module = (await tsImport(pathToFileURL(request.contentModule).href, import.meta.url)) as {
      deck?: Deck;
    };
  } catch (error) {
    return { ok: false, errors: [moduleError(request, error)] };
  }
  if (module.deck === undefined) {
    return {
      ok: false,
      errors: [
        {
          file: request.displayName,
          slide: '(deck)',
          field: 'deck',
          message: 'the module exports no `deck`: export const deck: Deck = { … }',
        },
      ],
    };
  }
  const loaded = await mermaid;
  return checkDeck(module.deck, (deck) => validateDiagramSources(deck, loaded));
}

/**
 * A module that does not load (a syntax error, a missing import): what the compiler said, with
 * the file and line it named, relative to the project.
 */
function moduleError(request: CheckRequest, error: unknown): ContentError {
  const message = error instanceof Error ? error.message : String(error);
  const root = request.contentModule.slice(
    0,
    request.contentModule.length - request.displayName.length,
  );
  const said = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !/^Transform failed with \d+ errors?:$/.test(line))
    .slice(0, 2)
    .join(' ')
    .replaceAll(root, '');
  return {
    file: request.displayName,
    slide: '(module)',
    field: '(load)',
    message: `the content does not load: ${said}`,
  };
}

port.on('message', (request: CheckRequest) => {
  void check(request).then(
    (result) => {
      const reply: CheckReply = { id: request.id, result };
      port.postMessage(reply);
    },
    (error: unknown) => {
      const reply: CheckReply = {
        id: request.id,
        result: { ok: false, errors: [moduleError(request, error)] },
      };
      port.postMessage(reply);
    },
  );
});
