import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { outPathProblem } from '../../../scripts/lib/out-path.ts';

const dir = mkdtempSync(join(tmpdir(), 'pptx-out-'));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('--out, checked before the export', () => {
  it('takes a .pptx in an existing or yet-to-be-made folder', () => {
    expect(outPathProblem(join(dir, 'talk.pptx'), 'talk.pptx', 'pptx')).toBeUndefined();
    expect(outPathProblem(join(dir, 'new', 'deeper', 'talk.PPTX'), 'x', 'pptx')).toBeUndefined();
  });

  it('names the flag and the fix for another extension', () => {
    expect(outPathProblem(join(dir, 'talk.pdf'), 'talk.pdf', 'pptx')).toMatch(
      /^--out must name a \.pptx file, not "talk\.pdf"\. Give a name such as --out talk\.pptx\.$/,
    );
  });

  it('refuses a folder, even one named like a file', () => {
    mkdirSync(join(dir, 'folder.pptx'));
    expect(outPathProblem(join(dir, 'folder.pptx'), 'folder.pptx', 'pptx')).toMatch(
      /^--out names a folder, "folder\.pptx"\. Give a file name in it/,
    );
  });

  it('checks the extension the command writes', () => {
    expect(outPathProblem(join(dir, 'talk.pdf'), 'talk.pdf', 'pdf')).toBeUndefined();
    expect(outPathProblem(join(dir, 'talk.pptx'), 'talk.pptx', 'pdf')).toMatch(
      /^--out must name a \.pdf file/,
    );
  });

  it('refuses a path under a file', () => {
    writeFileSync(join(dir, 'notes.txt'), '');
    expect(
      outPathProblem(join(dir, 'notes.txt', 'talk.pptx'), 'notes.txt/talk.pptx', 'pptx'),
    ).toMatch(/which is a file, not a folder/);
  });
});
