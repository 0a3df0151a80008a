import { chromium } from 'playwright-core';
import { measureFirstVisit } from './lib/first-visit.ts';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
for (const dir of process.argv.slice(2)) {
  const v = await measureFirstVisit(browser, dir);
  console.log(dir, v.files, (v.gzipBytes / 1024).toFixed(1), 'KB gzip');
}
await browser.close();
