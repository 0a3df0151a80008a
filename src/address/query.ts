/**
 * A query string as a list of parameters, read and written without losing how it was written:
 * flags stay flags (`?print-pdf&dialog`, not `?print-pdf=&dialog=`, which reveal and people
 * read the same but which looks broken), order stays order, and commas stay readable.
 */

/** One parameter: its name and value, or null for a flag written without `=` (`receiver`). */
export type QueryParam = readonly [name: string, value: string | null];

/** Form decoding as `URLSearchParams` does it: `+` is a space, a broken escape stays as is. */
function decode(text: string): string {
  // `text` as the value of a parameter with an empty name; it holds no `&` to split on.
  return new URLSearchParams(`=${text}`).get('') ?? '';
}

/** Form encoding as `URLSearchParams` does it, but with commas left readable (not `%2C`). */
function encode(text: string): string {
  return new URLSearchParams([['', text]]).toString().slice(1).replaceAll('%2C', ',');
}

/** The parameters of a query string (`?a=1&flag`, with or without its `?`), in order. */
export function readQuery(search: string): QueryParam[] {
  return search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '')
    .map((part): QueryParam => {
      const equals = part.indexOf('=');
      return equals === -1
        ? [decode(part), null]
        : [decode(part.slice(0, equals)), decode(part.slice(equals + 1))];
    });
}

/** The query string for `params`: `?a=1&flag`, or `''` for none. */
export function writeQuery(params: readonly QueryParam[]): string {
  const parts = params.map(([name, value]) =>
    value === null ? encode(name) : `${encode(name)}=${encode(value)}`,
  );
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/**
 * `params` with `name` set to `value`, as `URLSearchParams.set` does it: the first one takes
 * the value where it stands, later ones go, and a missing one is added at the end.
 */
export function withParam(
  params: readonly QueryParam[],
  name: string,
  value: string,
): QueryParam[] {
  const at = params.findIndex(([candidate]) => candidate === name);
  if (at === -1) return [...params, [name, value]];
  return params.flatMap((param, index): QueryParam[] => {
    if (index === at) return [[name, value]];
    return param[0] === name ? [] : [param];
  });
}

/** `params` without any parameter called `name`. */
export function withoutParam(params: readonly QueryParam[], name: string): QueryParam[] {
  return params.filter(([candidate]) => candidate !== name);
}
