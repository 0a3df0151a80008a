/**
 * How a problem message shows a value it found in the address. An address is untrusted and
 * may be huge (a shared link with a 100 KB parameter), while a problem is one short line in a
 * console or a notice: a value is never repeated whole once it is long.
 */

/** The most characters of a value a problem message shows. */
export const maxQuotedLength = 40;

/** The first characters of `value`, never ending in half of a surrogate pair. */
function headOf(value: string): string {
  const head = value.slice(0, maxQuotedLength);
  return /[\uD800-\uDBFF]$/.test(head) ? head.slice(0, -1) : head;
}

/**
 * A value in quotes, for a problem message: `"de"`, or for a long one its start, `…` and its
 * full length: `"25x70,25x70,…" (102400 characters)`. JSON quoting keeps line breaks and
 * quotes in the value from breaking the message's single line.
 */
export function quoted(value: string): string {
  if (value.length <= maxQuotedLength) return JSON.stringify(value);
  return `${JSON.stringify(headOf(value)).slice(0, -1)}…" (${value.length} characters)`;
}

/** Characters that read as typed in an address: printable ASCII, no space. */
const readable = /^[\x21-\x7e]*$/;

/**
 * A parameter as it stood in the address, for a problem message: `?lang=de`. A long name is
 * cut to its start; a long value, or one with characters that would not read as typed, is
 * shown as `…`, since `quoted()` beside it already shows it safely and the message should
 * name the parameter, not repeat the value.
 */
export function asParameter(name: string, value: string): string {
  const shownName = !readable.test(name)
    ? '…'
    : name.length <= maxQuotedLength
      ? name
      : `${name.slice(0, maxQuotedLength)}…`;
  const shownValue = readable.test(value) && value.length <= maxQuotedLength ? value : '…';
  return `?${shownName}=${shownValue}`;
}
