/**
 * The speaker view's Outcome panel (ARCHITECTURE.md, What the room leaves behind): what the
 * room has left so far, as the presenter's deck window stores it (storageKeys.roomOutcome), with
 * the two ways to take it along: a link that shows it without the room server, and the file
 * `npm run pdf -- --result <file>` prints. When the link cannot carry every text (it stays
 * short enough to paste), the panel says how many it carries; the file keeps them all.
 */
import './outcome-panel.css';
import type { Locale, Text } from '../model/authored.ts';
import { localeTags } from '../model/locales.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { storageKeys } from '../address/storage-keys.ts';
import { readStored, storageArea, writeStored } from '../deck/browser-storage.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import { fillIn } from '../render/ui-text.ts';
import { outcomeLink, parseOutcomeJson, textCount } from '../room/outcome-link.ts';
import { outcomeText } from '../room/outcome-text.ts';
import type { RoomOutcome } from '../room/outcome.ts';
import { element } from '../render/element.ts';

const fileStem: Text = { nl: 'uitkomst', en: 'outcome' };

/**
 * The file name of a saved outcome, in the deck's language, with the day it was taken, so a
 * second session does not overwrite the first: `uitkomst-2026-11-30.json`.
 */
export function outcomeFileName(outcome: RoomOutcome, locale: Locale): string {
  const day = new Date(outcome.at).toISOString().slice(0, 10);
  return `${textIn(fileStem, locale)}-${day}.json`;
}

/** Whether the outcome holds anything the room gave: a marker or an answer. */
function hasEntries(outcome: RoomOutcome): boolean {
  return [...outcome.boards, ...outcome.polls].some((round) => round.entries.length > 0);
}

/**
 * Mounts the panel at the end of `root` (the speaker view's page), kept up to date as the deck
 * window stores a new outcome. Everything it adds goes with `life`.
 */
export function mountOutcomePanel(
  life: Lifetime,
  root: HTMLElement,
  options: { readonly deck: ResolvedDeck; readonly locale: Locale },
): void {
  const { deck, locale } = options;
  const t = (text: Text): string => textIn(text, locale);
  const { area, key: keyOf } = storageKeys.roomOutcome;
  const key = keyOf(window.location.pathname);

  // Folded by default: the notes and the clock come first; the outcome matters at the end.
  const panel = element('details', 'speaker-outcome');
  const summary = element('summary', 'speaker-outcome-summary');
  const heading = element('span', 'speaker-outcome-heading', t(outcomeText.panelHeading));
  const figures = element('span', 'speaker-outcome-figures');
  summary.append(heading, ' ', figures);
  const body = element('div', 'speaker-outcome-body');
  const copy = element('button', 'speaker-button', t(outcomeText.panelCopy));
  copy.type = 'button';
  const save = element('button', 'speaker-button', t(outcomeText.panelSave));
  save.type = 'button';
  // The next client's session should not open on this one's outcome (the reader, the print).
  const forget = element('button', 'speaker-button', t(outcomeText.panelForget));
  forget.type = 'button';
  const actions = element('div', 'speaker-outcome-actions');
  actions.append(copy, save, forget);
  const note = element('p', 'speaker-outcome-note');
  note.setAttribute('role', 'status');
  // The link itself, selectable, for a browser that will not copy it.
  const linkField = element('input', 'speaker-outcome-link');
  linkField.type = 'text';
  linkField.readOnly = true;
  linkField.setAttribute('aria-label', t(outcomeText.panelCopy));
  const hint = element('p', 'speaker-outcome-hint');
  body.append(actions, note, linkField, hint);
  panel.append(summary, body);
  root.append(panel);
  life.add(() => {
    panel.remove();
  });

  let outcome: RoomOutcome | undefined;
  let url: string | undefined;
  const date = (at: number): string =>
    new Intl.DateTimeFormat(localeTags[locale].intl, {
      dateStyle: 'long',
      timeStyle: 'short',
    }).format(at);

  const draw = (): void => {
    const stored = readStored(area, key);
    const read = stored === null ? undefined : parseOutcomeJson(stored);
    outcome = read?.ok === true && hasEntries(read.outcome) ? read.outcome : undefined;
    panel.dataset.outcome = outcome === undefined ? 'none' : 'some';
    actions.hidden = outcome === undefined;
    linkField.hidden = true;
    if (outcome === undefined) {
      figures.textContent = '';
      note.textContent = t(outcomeText.panelNone);
      hint.textContent = '';
      url = undefined;
      return;
    }
    const markers = outcome.boards.reduce((sum, board) => sum + board.entries.length, 0);
    const answers = outcome.polls.reduce((sum, poll) => sum + poll.entries.length, 0);
    figures.textContent = fillIn(t(outcomeText.panelSummary), {
      markers,
      answers,
      texts: textCount(outcome),
      date: date(outcome.at),
    });
    const link = outcomeLink(window.location.href, outcome, {
      locale,
      cut: deck.cut?.id ?? 'full',
    });
    url = link.ok ? link.url : undefined;
    copy.disabled = !link.ok;
    note.textContent = !link.ok
      ? t(outcomeText.panelTooLarge)
      : link.texts.carried < link.texts.total
        ? fillIn(t(outcomeText.panelPartial), link.texts)
        : '';
    hint.textContent = fillIn(t(outcomeText.panelSaveHint), {
      file: outcomeFileName(outcome, locale),
    });
  };

  copy.addEventListener(
    'click',
    () => {
      if (url === undefined) return;
      const shown = url;
      const fallBack = (): void => {
        linkField.value = shown;
        linkField.hidden = false;
        linkField.select();
        note.textContent = t(outcomeText.panelCopyFailed);
      };
      // The clipboard needs a secure context (https or localhost); otherwise the link is shown.
      if (!window.isSecureContext) {
        fallBack();
        return;
      }
      navigator.clipboard.writeText(shown).then(() => {
        note.textContent = t(outcomeText.panelCopied);
      }, fallBack);
    },
    { signal: life.signal },
  );

  save.addEventListener(
    'click',
    () => {
      if (outcome === undefined) return;
      // Every text, unlike the link: the file is what `npm run pdf -- --result` reads.
      const file = new Blob([`${JSON.stringify(outcome, null, 2)}\n`], {
        type: 'application/json',
      });
      const href = URL.createObjectURL(file);
      const anchor = element('a', '');
      anchor.href = href;
      anchor.download = outcomeFileName(outcome, locale);
      anchor.click();
      // After the click has handed the file to the browser's download.
      setTimeout(() => {
        URL.revokeObjectURL(href);
      }, 0);
    },
    { signal: life.signal },
  );

  forget.addEventListener(
    'click',
    () => {
      if (!window.confirm(t(outcomeText.panelForgetConfirm))) return;
      writeStored(area, key, null);
      draw();
    },
    { signal: life.signal },
  );

  // The deck window stores the outcome as the rounds change; another window sees it here.
  window.addEventListener(
    'storage',
    (event) => {
      if (event.key === key && event.storageArea === storageArea(area)) draw();
    },
    { signal: life.signal },
  );
  draw();
}
