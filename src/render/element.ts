/**
 * A new element with its class and, when given, its text. The text goes in as `textContent`,
 * never as markup: the views built this way (the speaker view, the room's phone page, screen
 * and panels) show words from strangers' phones (ARCHITECTURE.md, The room in the deck).
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined && text !== '') node.textContent = text;
  return node;
}
