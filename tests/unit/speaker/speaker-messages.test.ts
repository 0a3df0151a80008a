import { describe, expect, it } from 'vitest';
import {
  readDeckState,
  readIdentityMessage,
  readSpeakerRequest,
} from '../../../src/speaker/speaker-messages.ts';

const state = {
  type: 'state',
  deck: 'k3x9q2m7aa',
  slideIndex: 3,
  stepsShown: 1,
  startedAt: 1,
  startedOn: 0,
  locale: 'nl',
};

describe('the speaker channel', () => {
  it('takes a well-formed state and requests addressed to one deck window', () => {
    expect(readDeckState(state)).toEqual(state);
    expect(readDeckState({ ...state, startedAt: undefined })).toEqual({
      ...state,
      startedAt: undefined,
    });
    expect(readSpeakerRequest({ type: 'go', deck: 'k3x9q2m7aa', to: 'next' })).toEqual({
      type: 'go',
      deck: 'k3x9q2m7aa',
      to: 'next',
    });
    expect(readSpeakerRequest({ type: 'hello', deck: 'k3x9q2m7aa' })).toEqual({
      type: 'hello',
      deck: 'k3x9q2m7aa',
    });
    expect(readIdentityMessage({ type: 'claim', deck: 'k3x9q2m7aa' })).toEqual({
      type: 'claim',
      deck: 'k3x9q2m7aa',
    });
  });

  it('ignores a request that names no deck window, so it can never move every tab', () => {
    expect(readSpeakerRequest({ type: 'go', to: 'next' })).toBeUndefined();
    expect(readSpeakerRequest({ type: 'restart-clock' })).toBeUndefined();
    expect(readSpeakerRequest({ type: 'go', deck: 'x', to: 'next' })).toBeUndefined();
  });

  it('ignores anything else on the channel', () => {
    expect(readDeckState({ ...state, slideIndex: '3' })).toBeUndefined();
    expect(readDeckState({ ...state, locale: 'de' })).toBeUndefined();
    expect(readDeckState({ ...state, deck: undefined })).toBeUndefined();
    expect(readDeckState('state')).toBeUndefined();
    expect(readSpeakerRequest({ type: 'go', deck: 'k3x9q2m7aa', to: 'home' })).toBeUndefined();
    expect(readSpeakerRequest(null)).toBeUndefined();
    expect(readIdentityMessage({ type: 'steal', deck: 'k3x9q2m7aa' })).toBeUndefined();
  });
});
