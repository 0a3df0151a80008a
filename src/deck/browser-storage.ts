/**
 * Local and session storage that never throws. Storage can be switched off (privacy settings,
 * sandboxed frames) or full; then reads give null and writes are dropped, and what used them
 * (the board's markers, the chosen language, the presenter's clock) works without keeping.
 */
type Area = 'localStorage' | 'sessionStorage';

/** The storage area, or undefined where the browser refuses it. */
export function storageArea(area: Area): Storage | undefined {
  try {
    return window[area];
  } catch {
    return undefined;
  }
}

export function readStored(area: Area, key: string): string | null {
  try {
    return storageArea(area)?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Stores `value` under `key`, or removes the key for null. */
export function writeStored(area: Area, key: string, value: string | null): void {
  try {
    const storage = storageArea(area);
    if (value === null) storage?.removeItem(key);
    else storage?.setItem(key, value);
  } catch {
    // Full or refused: only the keeping is lost.
  }
}
