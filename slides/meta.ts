import type { DeckMeta } from '../src/model/authored.ts';

/**
 * What the deck is called and about: the page title, the link preview, the PDF's metadata.
 * Apart from the slides because the build configuration reads it, and Vite restarts its dev
 * server whenever a file the configuration imports changes (slide edits should not).
 */
export const deckMeta: DeckMeta = {
  title: { nl: 'Wanneer partnerschap twee bewegingen vraagt' },
  description: {
    nl: 'Partnerschap met klanten vraagt twee bewegingen tegelijk: een externe in de klantrelatie en een interne in mensen, systemen en wat je meet en beloont.',
  },
  author: 'MT-sessie',
  keywords: [
    { nl: 'partnerschap' },
    { nl: 'klantrelatie' },
    { nl: 'service-evolutie' },
    { nl: 'organisatieverandering' },
    { nl: 'leiderschap' },
  ],
};
