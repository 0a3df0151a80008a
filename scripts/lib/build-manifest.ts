/**
 * Reads Vite's build manifest (dist/.vite/manifest.json) to tell which files the first slide
 * needs (the entry and its static imports) from those loaded later (Mermaid, the speaker view).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceLocale } from '../../src/model/authored.ts';

interface ManifestChunk {
  file: string;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  isEntry?: boolean;
}

type Manifest = Record<string, ManifestChunk>;

/** Mermaid's modules for the one diagram type and layout the deck uses: flowchart, dagre. */
const usedMermaidModules = /\/(flowDiagram|dagre)-[^/]+\.mjs$/;

export interface FileGroups {
  /** JS and CSS files (relative to dist/) that the entry loads statically. */
  readonly firstSlide: ReadonlySet<string>;
  /** JS files reachable from the diagram renderer that the first slide does not need. */
  readonly mermaid: ReadonlySet<string>;
  /**
   * Every file the deck ever loads: the first slide's, its own lazy modules (speaker view,
   * offline support, the diagram renderer) and the Mermaid modules for flowcharts. Mermaid's
   * other diagram types are in dist/ too but never requested.
   */
  readonly used: ReadonlySet<string>;
  /**
   * Files only the room loads: the presenter's room (src/room/deck-room.ts) and the phones'
   * join page (src/room/join-page.ts), with what only they import. Both need the room server,
   * so the offline copy leaves them out (scripts/vite/offline-plugin.ts).
   */
  readonly roomOnly: ReadonlySet<string>;
  /**
   * The entry's stylesheet: inlined into index.html, where a disabled link keeps its name
   * (scripts/vite/deck-page-plugin.ts), so no page fetches it.
   */
  readonly inlinedCss: ReadonlySet<string>;
  /**
   * The drawings of the page's language (`virtual:deck-diagrams/<locale>`, deck-page-plugin.ts)
   * when index.html has every one of them: the views take them from there
   * (src/diagrams/page-drawings.ts), so the offline copy leaves the module out.
   */
  readonly inPage: ReadonlySet<string>;
}

/** The modules that start the room, loaded on demand (ARCHITECTURE.md, The room in the deck). */
const roomModules = ['src/room/deck-room.ts', 'src/room/join-page.ts'];

/** The module of the drawings the page holds: the build writes its slides in `sourceLocale`. */
const pageDrawingsModule = `virtual:deck-diagrams/${sourceLocale}`;

/** The module whose dynamic import brought Mermaid into the page (the dev server's renderer). */
const diagramRendererModule = 'src/diagrams/render-diagrams.ts';

export function readFileGroups(distDir: string): FileGroups {
  const manifest = JSON.parse(
    readFileSync(join(distDir, '.vite', 'manifest.json'), 'utf8'),
  ) as Manifest;
  const entry = Object.entries(manifest).find(([, chunk]) => chunk.isEntry === true);
  if (entry === undefined) throw new Error('The build manifest names no entry chunk.');
  const firstSlide = closure(manifest, [entry[0]], false);
  // Builds draw their diagrams themselves now (scripts/lib/draw-diagrams.ts) and ship no
  // Mermaid; older ones (bench --against) loaded it through the renderer module.
  const everythingLazy = new Set([
    ...closure(manifest, [diagramRendererModule], true),
    ...closure(
      manifest,
      Object.keys(manifest).filter((key) => key.includes('node_modules/mermaid/')),
      false,
    ),
  ]);
  const mermaid = new Set([...everythingLazy].filter((file) => !firstSlide.has(file)));
  // The deck's own lazy modules, however deep (the slides' code, then the menu, then the
  // offline copy; the drawings of another language), and in older builds Mermaid's flowchart.
  const ownLazy = closure(manifest, [entry[0]], true, everythingLazy);
  const usedMermaid = closure(
    manifest,
    Object.keys(manifest).filter((key) => usedMermaidModules.test(key)),
    false,
  );
  const used = new Set([...firstSlide, ...ownLazy, ...usedMermaid]);
  const roomFiles = new Set(
    roomModules.flatMap((key) => (manifest[key] === undefined ? [] : [manifest[key].file])),
  );
  const withoutRoom = closure(
    manifest,
    [entry[0]],
    true,
    new Set([...everythingLazy, ...roomFiles]),
  );
  const roomOnly = new Set([...ownLazy].filter((file) => !withoutRoom.has(file)));
  const pageDrawings = manifest[pageDrawingsModule]?.file;
  const pageHasAll =
    pageDrawings !== undefined && pageHoldsEvery(distDir, join(distDir, pageDrawings));
  return {
    firstSlide,
    mermaid,
    used,
    roomOnly,
    inlinedCss: new Set(entry[1].css ?? []),
    inPage: new Set(pageDrawings !== undefined && pageHasAll ? [pageDrawings] : []),
  };
}

/**
 * Whether index.html holds every drawing of the module in `moduleFile`: the page has only its
 * cut's slides, and another cut may show a diagram the page lacks. Each drawing's id is its
 * render id (`mmd-<diagram>-<locale>`, src/diagrams/place-drawings.ts), which on the page ends
 * in its slide's id.
 */
function pageHoldsEvery(distDir: string, moduleFile: string): boolean {
  const page = readFileSync(join(distDir, 'index.html'), 'utf8');
  const ids = [...readFileSync(moduleFile, 'utf8').matchAll(/<svg id=\\?"(mmd-[^"\\]+)\\?"/g)].map(
    (match) => match[1],
  );
  return ids.length > 0 && ids.every((id) => page.includes(`<svg id="${id}-`));
}

/** The files of the given chunks and of what they import (dynamically too, if asked). */
function closure(
  manifest: Manifest,
  keys: readonly string[],
  followDynamic: boolean,
  skipFiles: ReadonlySet<string> = new Set(),
): Set<string> {
  const files = new Set<string>();
  const seen = new Set<string>();
  const visit = (key: string): void => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (chunk === undefined || skipFiles.has(chunk.file)) return;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
    for (const next of chunk.imports ?? []) visit(next);
    if (followDynamic) for (const next of chunk.dynamicImports ?? []) visit(next);
  };
  keys.forEach(visit);
  return files;
}
