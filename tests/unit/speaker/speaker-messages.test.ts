import { describe, expect, it } from 'vitest';
import { readDeckState, readSpeakerRequest } from '../../../src/speaker/speaker-messages.ts';

const state = {
  type: 'state',
  slideIndex: 3,
  stepsShown: 1,
  startedAt: 1,
  startedOn: 0,
  locale: 'nl',
};

describe('the speaker channel', () => {
  it('takes a well-formed state and request', () => {
    expect(readDeckState(state)).toEqual(state);
    expect(readSpeakerRequest({ type: 'go', to: 'next' })).toEqual({ type: 'go', to: 'next' });
    expect(readSpeakerRequest({ type: 'hello' })).toEqual({ type: 'hello' });
  });

  it('ignores anything else on the channel', () => {
    expect(readDeckState({ ...state, slideIndex: '3' })).toBeUndefined();
    expect(readDeckState({ ...state, locale: 'de' })).toBeUndefined();
    expect(readDeckState('state')).toBeUndefined();
    expect(readSpeakerRequest({ type: 'go', to: 'home' })).toBeUndefined();
    expect(readSpeakerRequest(null)).toBeUndefined();
  });
});
