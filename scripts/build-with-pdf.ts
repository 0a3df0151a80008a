/**
 * `npm run build:with-pdf`: the site with its PDF beside it, and a "Download de PDF" link in
 * the deck's menu and on the closing slide. Builds with DECK_PDF=true (other settings, such as
 * DECK_URL, pass through), then prints the built deck into dist/.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sourceLocale } from '../src/model/authored.ts';
import { shippedPdfName } from './vite/deck-build-plugin.ts';
import { exportPdf } from './lib/export-pdf.ts';
import { readBuildSettings } from './vite/build-settings.ts';
import { launchBrowser } from './lib/find-browser.ts';
import { serveDist } from './lib/serve-dist.ts';

const root = process.cwd();
const built = spawnSync('npm', ['run', 'build'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, DECK_PDF: 'true' },
  shell: process.platform === 'win32',
});
if (built.status !== 0) process.exit(built.status ?? 1);

const server = await serveDist(root);
const browser = await launchBrowser('npm run build:with-pdf');
try {
  const bytes = await exportPdf(browser, {
    kind: 'slides',
    locale: sourceLocale,
    // The cut the build opens in (DECK_CUT, checked by the build above), so the PDF beside
    // the deck shows the talk the deck shows.
    cut: readBuildSettings().cut,
    baseUrl: server.url,
    distDir: join(root, 'dist'),
    timeoutMs: 60_000,
    log: (line) => {
      console.log(line);
    },
  });
  const file = join(root, 'dist', shippedPdfName);
  writeFileSync(file, bytes);
  console.log(
    `dist/${shippedPdfName}: ${(bytes.length / 1000).toFixed(0)} KB, linked from the deck.`,
  );
} finally {
  await browser.close();
  await server.close();
}
