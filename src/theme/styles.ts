/**
 * The deck's styles, in cascade order: reveal's base, Inter, then the theme. One list for the
 * page (src/main.ts) and for the build's diagram drawing page (src/diagrams/drawing-page.ts),
 * so Mermaid measures its labels under exactly the styles the slides show them in.
 */
import 'reveal.js/reset.css';
import 'reveal.js/reveal.css';
import '@fontsource/inter/latin-400.css';
import '@fontsource/inter/latin-600.css';
import '@fontsource/inter/latin-700.css';
import './tokens.css';
import './base.css';
import './layouts.css';
import './chrome.css';
import './diagrams.css';
import './pictures.css';
import './motion.css';
// The reader is what a phone and a page without JavaScript show first, from the HTML alone.
import './reader.css';
import './static-page.css';
