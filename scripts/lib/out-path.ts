/**
 * Checks `--out` before the slow work (build, Chromium, printing or pptxgenjs), so a typo costs a
 * second, not a minute: the message names the flag and what to do instead. Used by `npm run
 * pdf` and `npm run pptx`.
 */
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The nearest folder of `path` that exists: where the file's missing folders would be made. */
function existingAncestor(path: string): string {
  let folder = dirname(path);
  while (!existsSync(folder)) folder = dirname(folder);
  return folder;
}

/**
 * What is wrong with writing a `.<extension>` file to `out` (absolute), quoting `given` as
 * typed; undefined when the path will do. Missing folders are fine: they are made.
 */
export function outPathProblem(
  out: string,
  given: string,
  extension: 'pdf' | 'pptx',
): string | undefined {
  const example = `talk.${extension}`;
  if (existsSync(out) && statSync(out).isDirectory()) {
    return `--out names a folder, "${given}". Give a file name in it, such as --out ${join(given, example)}.`;
  }
  if (!out.toLowerCase().endsWith(`.${extension}`)) {
    return `--out must name a .${extension} file, not "${given}". Give a name such as --out ${example}.`;
  }
  if (existsSync(out)) {
    try {
      accessSync(out, constants.W_OK);
    } catch {
      return `--out "${given}": the file is there and not writable. Choose another name.`;
    }
  }
  const folder = existingAncestor(out);
  if (!statSync(folder).isDirectory()) {
    return `--out "${given}" lies under ${folder}, which is a file, not a folder. Choose another path.`;
  }
  try {
    accessSync(folder, constants.W_OK);
  } catch {
    return `--out "${given}": the folder ${folder} is not writable. Choose a folder you may write to.`;
  }
  return undefined;
}
