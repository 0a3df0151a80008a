import type { Exercise, Locale } from '../model/authored.ts';
import { textIn } from '../model/texts.ts';
import { fillIn, uiText } from '../render/ui-text.ts';

/**
 * The exercise of the slide on screen, phase by phase, as the chosen cut gives it
 * (src/model/cut.ts): `oefening: 1 min alleen, 2 min plenair`. The speaker view shows it
 * beside the slide's time, so a presenter in a shorter cut runs the shorter exercise even where
 * the notes were written for the full one.
 */
export function exerciseLine(exercise: Exercise, locale: Locale): string {
  const phases = [
    fillIn(textIn(uiText.exerciseAlone, locale), { n: exercise.alone }),
    ...(exercise.pairs === undefined
      ? []
      : [fillIn(textIn(uiText.exercisePairs, locale), { n: exercise.pairs })]),
    fillIn(textIn(uiText.exercisePlenary, locale), { n: exercise.plenary }),
  ];
  return `${textIn(uiText.speakerExercise, locale)}: ${phases.join(', ')}`;
}
