/**
 * Removes the speaker notes from the content modules as they are bundled: the notes travel in
 * their own module (notes-module.ts), loaded only by the views that show them, and with
 * DECK_NOTES=false not at all, so no note reaches dist/. Each `notes: { … }` property of a
 * slide becomes `notes: { nl: '', en: '' }`; the slides render no notes and skip checking them.
 */
import ts from 'typescript';

/** The content modules of slides/ that hold notes (not index.ts, not diagrams/). */
export const contentModule = /[\\/]slides[\\/]\d\d-[^\\/]+\.ts$/;

export function stripNotes(code: string, fileName: string): string {
  const source = ts.createSourceFile(fileName, code, ts.ScriptTarget.Latest, true);
  const ranges: { start: number; end: number }[] = [];
  const visit = (node: ts.Node): void => {
    if (
      ts.isPropertyAssignment(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === 'notes' &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      ranges.push({ start: node.initializer.getStart(source), end: node.initializer.getEnd() });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  // From the end, so earlier offsets stay valid.
  return ranges
    .sort((a, b) => b.start - a.start)
    .reduce(
      (text, range) => `${text.slice(0, range.start)}{ nl: '', en: '' }${text.slice(range.end)}`,
      code,
    );
}
