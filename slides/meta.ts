import type { DeckMeta } from '../src/model/authored.ts';

/**
 * What the deck is called and about: the page title, the link preview, the PDF's metadata.
 * Apart from the slides because the build configuration reads it, and Vite restarts its dev
 * server whenever a file the configuration imports changes (slide edits should not).
 */
export const deckMeta: DeckMeta = {
  title: {
    nl: 'Wanneer partnerschap twee bewegingen vraagt',
    en: 'When partnership calls for two movements',
  },
  description: {
    nl: 'Partnerschap met klanten vraagt twee bewegingen tegelijk: een externe in de klantrelatie en een interne in mensen, systemen en wat je meet en beloont.',
    en: 'Partnership with clients calls for two movements at once: an external one in the client relationship and an internal one in people, systems and what you measure and reward.',
  },
  author: { nl: 'MT-sessie', en: 'Leadership team session' },
  keywords: [
    { nl: 'partnerschap', en: 'partnership' },
    { nl: 'klantrelatie', en: 'client relationship' },
    { nl: 'service-evolutie', en: 'service evolution' },
    { nl: 'organisatieverandering', en: 'organisational change' },
    { nl: 'leiderschap', en: 'leadership' },
  ],
};
