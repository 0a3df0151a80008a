import { describe, expect, it } from 'vitest';
import type { RoomOutcome } from '../../../src/room/outcome.ts';
import { outcomeFileName } from '../../../src/speaker/outcome-panel.ts';

describe('the saved outcome’s file name', () => {
  it('names the day the room was last heard from, in the deck’s language', () => {
    const outcome: RoomOutcome = {
      version: 1,
      at: Date.UTC(2026, 10, 30, 10),
      boards: [],
      polls: [],
    };
    expect(outcomeFileName(outcome, 'nl')).toBe('uitkomst-2026-11-30.json');
    expect(outcomeFileName(outcome, 'en')).toBe('outcome-2026-11-30.json');
  });
});
