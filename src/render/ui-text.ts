import type { Text } from '../model/authored.ts';

/** Strings the renderer itself adds to slides (not content), keyed like content text. */
export const uiText = {
  from: { nl: 'Van', en: 'From' },
  to: { nl: 'Naar', en: 'To' },
} as const satisfies Record<string, Text>;
