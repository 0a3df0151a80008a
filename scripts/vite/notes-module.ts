/**
 * The speaker notes as a module of their own (`virtual:deck-notes`), so the first slide does
 * not wait for them: they are more than half the deck's text, and only the speaker view and
 * the reader read them. The content modules are bundled without their notes
 * (strip-notes.ts); this module carries them, keyed by slide id, taken from the same source.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { contentModule } from './strip-notes.ts';

/** The content modules under `slides/`, in file order. */
export function contentModuleFiles(slidesDir: string): string[] {
  return readdirSync(slidesDir)
    .map((name) => join(slidesDir, name))
    .filter((file) => contentModule.test(file))
    .sort();
}

function isLiteralText(node: ts.Node): boolean {
  return ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);
}

/**
 * `'slide-id': { nl: …, en: … }` for every slide in one module, copied from its source. Notes
 * must be literal text (no expressions), since they are lifted out of the module's scope.
 */
export function notesEntries(code: string, fileName: string): string[] {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const entries: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isObjectLiteralExpression(node)) {
      const property = (name: string): ts.PropertyAssignment | undefined =>
        node.properties.find(
          (candidate): candidate is ts.PropertyAssignment =>
            ts.isPropertyAssignment(candidate) &&
            ts.isIdentifier(candidate.name) &&
            candidate.name.text === name,
        );
      const id = property('id')?.initializer;
      const notes = property('notes')?.initializer;
      if (id !== undefined && ts.isStringLiteral(id) && notes !== undefined) {
        const literal =
          ts.isObjectLiteralExpression(notes) &&
          notes.properties.every(
            (locale) => ts.isPropertyAssignment(locale) && isLiteralText(locale.initializer),
          );
        if (!literal) {
          throw new Error(
            `${fileName} > ${id.text} > notes: write the notes as literal text ({ nl: \`…\`, en: \`…\` }), without expressions or references`,
          );
        }
        entries.push(`${JSON.stringify(id.text)}: ${notes.getText(source)}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return entries;
}

/** The module's code: `export const notes = { 'slide-id': { nl, en }, … }`. */
export function notesModule(files: readonly string[], included: boolean): string {
  const entries = included
    ? files.flatMap((file) => notesEntries(readFileSync(file, 'utf8'), file))
    : [];
  return `export const notes = {\n${entries.join(',\n')}\n};\n`;
}
