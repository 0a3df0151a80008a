/**
 * The room on the projected slides (ARCHITECTURE.md, The room in the deck): on the board slide
 * and the poll slide, a join card (QR code, the code in large type, the join address and which
 * network), how many phones have answered, and the room's picture once the presenter reveals
 * it. While a room runs the board takes no clicks of its own (the phones place); on the poll
 * slide the join card stands where the share card stood. Without a room nothing here runs and
 * the slides are as they always were.
 */
import './room-screen.css';
import { joinLink } from '../address/links.ts';
import type { Lifetime } from '../deck/lifetime.ts';
import type { Locale, SlideContent, Text } from '../model/authored.ts';
import type { ResolvedDeck } from '../model/resolved.ts';
import { textIn } from '../model/texts.ts';
import { domNames, slideSection } from '../render/dom-names.ts';
import { fillIn } from '../render/ui-text.ts';
import type { RoundView } from './protocol.ts';
import { onLocalNetwork } from './room-address.ts';
import type { HostState, RoomHost } from './room-host.ts';
import { boardResultsText, pollResultsText, roomText } from './room-text.ts';
import { drawBoardResults, drawPollResults } from './results-view.ts';
import { element } from '../render/element.ts';

type MatrixContent = Extract<SlideContent, { kind: 'matrix' }>;
type QuestionContent = Extract<SlideContent, { kind: 'question' }>;

/** The join card: QR code, code, address, network. Its QR code comes in once loaded. */
interface JoinCard {
  readonly root: HTMLElement;
  draw(state: HostState): void;
}

function joinCard(locale: Locale, size: 'board' | 'poll'): JoinCard {
  const t = (text: Text): string => textIn(text, locale);
  const root = element('figure', `room-join room-join-${size}`);
  const qr = element('div', 'room-join-qr');
  const caption = element('figcaption', 'room-join-caption');
  const heading = element('span', 'room-join-heading', t(roomText.joinCaption));
  const code = element('strong', 'room-join-code');
  const address = element('span', 'room-join-url');
  const network = element('span', 'room-join-network');
  caption.append(heading, code, address, network);
  root.append(qr, caption);
  let drawnUrl = '';
  return {
    root,
    draw(state) {
      const room = state.room;
      if (room === undefined) return;
      const cut = new URL(window.location.href).searchParams.get('cut') ?? undefined;
      const url = joinLink(room.joinUrl ?? window.location.href, room.code, locale, cut);
      code.textContent = room.code;
      code.setAttribute('aria-label', `${t(roomText.joinCode)} ${room.code.split('').join(' ')}`);
      // The address as people type it, without the scheme; a line breaks before the query.
      const shown = url.replace(/^https?:\/\//, '');
      const query = shown.indexOf('?');
      address.replaceChildren(
        element('span', 'room-join-url-part', shown.slice(0, query)),
        element('span', 'room-join-url-part', shown.slice(query)),
      );
      root.dataset.joinUrl = url;
      network.textContent =
        room.network !== undefined
          ? fillIn(t(roomText.joinNetwork), { network: room.network })
          : onLocalNetwork(new URL(url).hostname)
            ? t(roomText.joinSameWifi)
            : '';
      network.hidden = network.textContent === '';
      if (url === drawnUrl) return;
      drawnUrl = url;
      void import('./qr-svg.ts').then(({ qrSvg }) => {
        if (drawnUrl !== url) return;
        qr.replaceChildren(qrSvg(url, `${t(roomText.joinQr)} ${url}`));
      });
    },
  };
}

/** The line that says how many phones have answered; never where. */
function countLine(round: RoundView, state: HostState, locale: Locale): string {
  const t = (text: Text): string => textIn(text, locale);
  const template = round.kind === 'board' ? roomText.boardPlaced : roomText.pollAnswered;
  const phones = Math.max(state.phones, round.count);
  const parts = [
    phones === 0 ? t(roomText.noPhonesYet) : fillIn(t(template), { n: round.count, m: phones }),
  ];
  if (!round.accepting) parts.push(t(roomText.roundClosed));
  if (state.connection === 'offline') parts.push(t(roomText.screenOffline));
  return parts.join(' ');
}

/** What a slide with a round needs to draw the room on it. */
interface RoundSlide {
  readonly id: string;
  draw(state: HostState, round: RoundView | undefined): void;
  remove(): void;
}

function boardSlide(
  section: HTMLElement,
  slide: MatrixContent,
  locale: Locale,
): RoundSlide | undefined {
  const layout = section.querySelector<HTMLElement>(domNames.matrixLayout);
  const matrix = section.querySelector<HTMLElement>(domNames.matrix);
  const board = section.querySelector<HTMLElement>(domNames.matrixBoard);
  const side = section.querySelector<HTMLElement>(domNames.matrixSide);
  if (layout === null || matrix === null || board === null || side === null) return undefined;
  const card = joinCard(locale, 'board');
  const status = element('p', 'room-status');
  status.setAttribute('aria-live', 'polite');
  const layer = element('div', 'room-results');
  const text = boardResultsText(slide, locale);
  let placed = false;
  return {
    id: slide.id,
    draw(state, round) {
      const live = state.room !== undefined && round !== undefined;
      if (!live) {
        this.remove();
        return;
      }
      if (!placed) {
        side.append(status, card.root);
        board.append(layer);
        placed = true;
      }
      // The board's own click-to-place rests while the phones place (src/widgets/matrix).
      layout.dataset.room = '';
      matrix.dataset.room = '';
      layout.dataset.roomCount = String(round.count);
      layout.dataset.roomRevealed = String(round.revealed);
      layout.dataset.roomAccepting = String(round.accepting);
      card.draw(state);
      status.textContent = countLine(round, state, locale);
      if (round.revealed && round.kind === 'board') {
        drawBoardResults(layer, round.entries, text);
      } else {
        layer.replaceChildren();
        layer.dataset.roomMarkers = '0';
      }
    },
    remove() {
      if (!placed) return;
      placed = false;
      status.remove();
      card.root.remove();
      layer.remove();
      for (const name of ['room', 'roomCount', 'roomRevealed', 'roomAccepting']) {
        Reflect.deleteProperty(layout.dataset, name);
      }
      Reflect.deleteProperty(matrix.dataset, 'room');
    },
  };
}

/** The most characters of free text the poll slide shows at once; the rest in the speaker view. */
const textsOnSlide = { characters: 300, texts: 5 } as const;

function pollSlide(
  section: HTMLElement,
  slide: QuestionContent,
  locale: Locale,
): RoundSlide | undefined {
  const layout = section.querySelector<HTMLElement>(domNames.questionLayout);
  const questionText = section.querySelector<HTMLElement>(domNames.questionText);
  const text = pollResultsText(slide, locale);
  if (layout === null || questionText === null || text === undefined) return undefined;
  const t = (words: Text): string => textIn(words, locale);
  const card = joinCard(locale, 'poll');
  const status = element('p', 'room-status');
  status.setAttribute('aria-live', 'polite');
  const counts = element('div', 'room-poll-counts');
  const texts = element('div', 'room-poll-texts');
  const aside = element('div', 'room-poll-aside');
  aside.append(card.root, texts);
  let placed = false;
  return {
    id: slide.id,
    draw(state, round) {
      const live = state.room !== undefined && round !== undefined;
      if (!live) {
        this.remove();
        return;
      }
      if (!placed) {
        // Under the options' block (src/render/renderers.ts), or under the question without one.
        const poll = questionText.querySelector<HTMLElement>(domNames.poll);
        const anchor = poll ?? questionText.querySelector('.question-line:last-of-type, .question');
        anchor?.after(counts, status);
        layout.append(aside);
        layout.classList.add('has-room');
        placed = true;
      }
      layout.dataset.room = '';
      layout.dataset.roomCount = String(round.count);
      layout.dataset.roomRevealed = String(round.revealed);
      layout.dataset.roomAccepting = String(round.accepting);
      card.draw(state);
      status.textContent = countLine(round, state, locale);
      const entries = round.kind === 'poll' ? round.entries : [];
      // The counts show live; the texts wait for the presenter's reveal (slides/09-de-vraag.ts).
      drawPollResults(counts, entries, text, { parts: 'counts' });
      if (round.revealed) {
        const written = entries
          .filter((entry) => entry.text.trim() !== '')
          .sort((a, b) => a.n - b.n);
        const shown = shortenTexts(written, textsOnSlide);
        drawPollResults(texts, shown, text, { parts: 'texts' });
        const more = written.length - shown.length;
        if (more > 0) {
          // The rest are the presenter's to read out, from the speaker view's room panel.
          texts.append(element('p', 'room-texts-more', fillIn(t(roomText.moreTexts), { k: more })));
        }
      } else {
        texts.replaceChildren();
      }
      aside.classList.toggle('is-revealed', round.revealed);
    },
    remove() {
      if (!placed) return;
      placed = false;
      counts.remove();
      status.remove();
      aside.remove();
      layout.classList.remove('has-room');
      for (const name of ['room', 'roomCount', 'roomRevealed', 'roomAccepting']) {
        Reflect.deleteProperty(layout.dataset, name);
      }
    },
  };
}

/**
 * The texts that fit on the slide, from the texts in join order: at most `limits.texts`, until
 * `limits.characters` are shown (at least one); the speaker view lists them all
 * (src/speaker/room-panel.ts).
 */
function shortenTexts<T extends { readonly text: string }>(
  written: readonly T[],
  limits: { readonly characters: number; readonly texts: number },
): T[] {
  const shown: T[] = [];
  let used = 0;
  for (const entry of written) {
    used += entry.text.trim().length;
    if (shown.length > 0 && (used > limits.characters || shown.length >= limits.texts)) break;
    shown.push(entry);
  }
  return shown;
}

/**
 * Draws the room on the slides of `deck` under `root` as `host`'s state changes, until `life`
 * ends; then every slide is as it was rendered.
 */
export function mountRoomScreen(
  life: Lifetime,
  root: ParentNode,
  deck: ResolvedDeck,
  locale: Locale,
  host: RoomHost,
): void {
  const slides: RoundSlide[] = [];
  for (const { slide } of deck.slides) {
    const section = slideSection(root, slide.id);
    if (section === null) continue;
    const drawn =
      slide.kind === 'matrix'
        ? boardSlide(section, slide, locale)
        : slide.kind === 'question' && slide.poll !== undefined
          ? pollSlide(section, slide, locale)
          : undefined;
    if (drawn !== undefined) slides.push(drawn);
  }
  const draw = (state: HostState): void => {
    for (const slide of slides) {
      slide.draw(
        state,
        state.rounds.find((round) => round.id === slide.id),
      );
    }
  };
  host.subscribe(life, draw);
  draw(host.state());
  life.add(() => {
    for (const slide of slides) slide.remove();
  });
}
