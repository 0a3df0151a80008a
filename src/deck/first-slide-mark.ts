/**
 * The performance mark the slide show sets the moment its first slide works (reveal.js started
 * and exposed, src/deck/start-slides.ts): `npm run bench` counts the files requested before it
 * (scripts/lib/measure-load.ts), exactly, instead of up to the next frame.
 */
export const firstSlideMark = 'deck:first-slide';
