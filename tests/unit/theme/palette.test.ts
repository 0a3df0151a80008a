import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { palette } from '../../../src/theme/palette.ts';

const tokens = readFileSync(new URL('../../../src/theme/tokens.css', import.meta.url), 'utf8');

describe('the palette', () => {
  it('gives Mermaid and the renderer the same colours as the stylesheet', () => {
    for (const [name, value] of Object.entries(palette)) {
      if (name === 'white') continue;
      const property = name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
      const declared = new RegExp(`--${property}:\\s*(#[0-9a-fA-F]{6})`).exec(tokens)?.[1];
      expect(declared?.toLowerCase(), `--${property} in tokens.css`).toBe(value.toLowerCase());
    }
  });
});
