import { describe, expect, it } from 'vitest';
import { missingBrowserMessage } from '../../../scripts/lib/find-browser.ts';

describe('the message for a machine without Chromium', () => {
  it('names the command that was run, not the browser tests', () => {
    const message = missingBrowserMessage('npm run pdf');
    expect(message).toContain('No Chromium found for npm run pdf.');
    expect(message).toContain('CHROME_PATH=/path/to/chrome npm run pdf');
    expect(message).not.toContain('test:browser');
  });

  it('gives the commands that install one', () => {
    expect(missingBrowserMessage('npm run bench')).toContain('apt-get install -y chromium');
  });
});
