import { describe, expect, it } from 'vitest';
import { exerciseLine } from '../../../src/speaker/exercise-text.ts';

describe('the exercise in the speaker view', () => {
  it('says each phase in the language of the view', () => {
    expect(exerciseLine({ alone: 1, pairs: 2, plenary: 2 }, 'nl')).toBe(
      'oefening: 1 min alleen, 2 min in tweetallen, 2 min plenair',
    );
    expect(exerciseLine({ alone: 1, pairs: 2, plenary: 2 }, 'en')).toBe(
      'exercise: 1 min alone, 2 min in pairs, 2 min plenary',
    );
  });

  it('leaves out the pairs when the exercise has none', () => {
    expect(exerciseLine({ alone: 1, plenary: 2 }, 'nl')).toBe(
      'oefening: 1 min alleen, 2 min plenair',
    );
  });
});
