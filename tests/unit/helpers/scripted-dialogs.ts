import type { DialogPort } from '../../../electron/core/os-ports';

/**
 * The one OS boundary tests script: each save/open dialog takes the next answer queued by
 * the test (null = the user cancelled); an unanswered dialog fails the test loudly.
 */
export function scriptedDialogs() {
  const saveAnswers: Array<string | null> = [];
  const openAnswers: Array<string[] | null> = [];
  const dialogs: DialogPort = {
    async showSaveDialog() {
      const answer = saveAnswers.shift();
      if (answer === undefined) throw new Error('The test did not answer this save dialog');
      return answer;
    },
    async showOpenDialog() {
      const answer = openAnswers.shift();
      if (answer === undefined) throw new Error('The test did not answer this open dialog');
      return answer;
    },
  };
  return { dialogs, saveAnswers, openAnswers };
}
