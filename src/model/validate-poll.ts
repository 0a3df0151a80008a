/**
 * The closing question's poll (`Poll` in src/model/authored.ts): what the room picks from, on
 * the slide by a show of hands and on the phones when a room server runs. The room server
 * knows the options only by their ids (src/room/protocol.ts), so the ids follow the protocol's
 * pattern and bounds here, where an author can still fix them, not at the first `create`.
 */
import type { Locale, Slide } from './authored.ts';
import { limits } from './limits.ts';
import { locales } from './locales.ts';
import { wordsOf } from './texts.ts';
import { optionIdPattern, roomLimits } from '../room/room-limits.ts';

type Report = (field: string, message: string) => void;

/** A string in one language of a text-shaped value, when it is one. */
function stringIn(text: unknown, locale: Locale): string | undefined {
  if (text === null || typeof text !== 'object') return undefined;
  const value = (text as Partial<Record<Locale, unknown>>)[locale];
  return typeof value === 'string' ? value : undefined;
}

/** A field of a value read past the types, or undefined when the value is no object. */
function fieldOf(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object'
    ? (value as Record<string, unknown>)[key]
    : undefined;
}

/**
 * Checks a slide's `poll`, if it has one. Missing or empty texts are reported by the texts'
 * own check (validate.ts, checkTexts), which walks the poll like every other field.
 */
export function checkPoll(slide: Slide, report: Report): void {
  // Read past the types: content written in JavaScript or through a cast reaches here too.
  const poll: unknown = (slide as { poll?: unknown }).poll;
  if (poll === undefined) return;
  const kind: string = slide.kind;
  if (kind !== 'question') {
    report(
      'poll',
      `a ${kind} slide cannot carry a poll: only question slides do (the closing question), since the room answers a question`,
    );
    return;
  }
  const options = fieldOf(poll, 'options');
  if (!Array.isArray(options)) {
    report('poll.options', 'missing: list the options the room picks from, as { id, label }');
    return;
  }
  if (options.length < 2 || options.length > roomLimits.maxOptions) {
    report(
      'poll.options',
      `${options.length} option${options.length === 1 ? '' : 's'}, expected 2 to ${roomLimits.maxOptions}: ` +
        'give the room a real choice that fits on the slide and on a phone',
    );
  }
  const firstAt = new Map<string, number>();
  options.forEach((option: unknown, i) => {
    const field = `poll.options[${i}]`;
    const id = fieldOf(option, 'id');
    if (
      typeof id !== 'string' ||
      id.length > roomLimits.maxOptionIdLength ||
      !optionIdPattern.test(id)
    ) {
      report(
        `${field}.id`,
        `${JSON.stringify(id)} is not an option id: use up to ${roomLimits.maxOptionIdLength} ` +
          'characters of lower-case words joined by hyphens, such as "een-team"',
      );
    } else {
      const earlier = firstAt.get(id);
      if (earlier !== undefined) {
        report(
          `${field}.id`,
          `duplicate id "${id}", also poll.options[${earlier}]: each option needs its own id, ` +
            'since the phones send only the id',
        );
      } else {
        firstAt.set(id, i);
      }
    }
    const label = fieldOf(option, 'label');
    for (const locale of locales) {
      const text = stringIn(label, locale);
      if (text === undefined) continue; // a missing or empty text is checkTexts' to report
      const words = wordsOf(text).length;
      if (words > limits.maxPollLabelWords) {
        report(
          `${field}.label`,
          `${words} words (${locale}), at most ${limits.maxPollLabelWords}: an option is read at ` +
            'a glance on the slide and on a phone; say the rest in the notes',
        );
      }
      if (/\n/.test(text)) {
        report(`${field}.label`, `more than one line (${locale}): write the label on one line`);
      }
    }
  });
  const prompt = fieldOf(poll, 'freeText');
  if (prompt === undefined) return;
  for (const locale of locales) {
    const text = stringIn(prompt, locale);
    if (text === undefined) continue;
    if (/\n/.test(text) || text.length > limits.maxPollPromptLength) {
      report(
        'poll.freeText',
        `the prompt (${locale}) must be one line of at most ${limits.maxPollPromptLength} ` +
          `characters, not ${/\n/.test(text) ? 'several lines' : `${text.length}`}: it stands ` +
          'above the text field on a phone',
      );
    }
  }
}
