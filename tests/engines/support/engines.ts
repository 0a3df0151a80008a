/**
 * The two engines besides Chromium, behind one small interface: Firefox ESR over WebDriver BiDi
 * (puppeteer-core) and WebKitGTK's MiniBrowser over WebDriver classic (webdriverio and Debian's
 * WebKitWebDriver). Both are Debian's own binaries; nothing here downloads a browser.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import puppeteer, { type Browser as PuppeteerBrowser, type Page } from 'puppeteer-core';
import { remote } from 'webdriverio';

export type EngineName = 'firefox' | 'webkit';

export const FIREFOX_BINARY = '/usr/bin/firefox-esr';
export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/** A browser window of one engine, driven the same way whichever it is. */
export interface EngineWindow {
  readonly engine: EngineName;
  /** The engine's version as the browser reports it (Firefox 153.8.0esr, WebKitGTK 2.50.6). */
  readonly version: string;
  /** Loads `url` and starts recording the page's errors. */
  goto(url: string): Promise<void>;
  /**
   * Makes the viewport (innerWidth × innerHeight) of the pages loaded from now on exactly this
   * size; a page already open may keep its size (WebKit frames pages narrower than its window).
   */
  setViewport(width: number, height: number): Promise<void>;
  /** Runs `fn` in the page with JSON-serialisable arguments and returns its JSON result. */
  evaluate<A extends unknown[], T>(fn: (...args: A) => T | Promise<T>, ...args: A): Promise<T>;
  /** Waits until `fn` returns true in the page. */
  waitFor<A extends unknown[]>(
    fn: (...args: A) => boolean,
    message: string,
    ...args: A
  ): Promise<void>;
  /** Presses a key as a presenter would (a single character or a key name such as Escape). */
  press(key: string): Promise<void>;
  /** Clicks at a point of the viewport, in CSS pixels. */
  clickAt(x: number, y: number): Promise<void>;
  screenshot(path: `${string}.png`): Promise<void>;
  /** Errors the page reported since the last goto(), uncaught ones included. */
  errors(): Promise<string[]>;
  close(): Promise<void>;
}

const WAIT_MS = 20_000;

/** Installed in the page after it loads: WebDriver classic has no console log to read. */
function recordErrors(): void {
  const w = window as unknown as { __engineErrors?: string[] };
  if (w.__engineErrors !== undefined) return;
  const errors: string[] = [];
  w.__engineErrors = errors;
  window.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  window.addEventListener('unhandledrejection', (event) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`),
  );
  const original = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(args.map(String).join(' '));
    original(...args);
  };
}

function pageErrors(): string[] {
  return (window as unknown as { __engineErrors?: string[] }).__engineErrors ?? [];
}

export async function openFirefox(): Promise<EngineWindow> {
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_BINARY,
    headless: true,
  });
  const page: Page = await browser.newPage();
  // From the very start of every load, over BiDi: errors during start-up count too.
  let errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${String(error)}`));
  const version = (await browser.version()).replace(/^firefox\//i, 'Firefox ');
  return {
    engine: 'firefox',
    version,
    async goto(url) {
      errors = [];
      await page.goto(url);
    },
    async setViewport(width, height) {
      await page.setViewport({ width, height });
    },
    evaluate: (fn, ...args) => page.evaluate(fn as never, ...(args as unknown as never[])),
    async waitFor(fn, message, ...args) {
      try {
        await page.waitForFunction(
          fn as never,
          { timeout: WAIT_MS },
          ...(args as unknown as never[]),
        );
      } catch (error) {
        throw new Error(`Firefox: ${message}`, { cause: error });
      }
    },
    async press(key) {
      await page.keyboard.press(key as never);
    },
    async clickAt(x, y) {
      await page.mouse.click(x, y);
    },
    async screenshot(path) {
      await page.screenshot({ path });
    },
    errors: () => Promise.resolve([...errors]),
    close: () => browser.close(),
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        if (address === null || typeof address === 'string') reject(new Error('No port'));
        else resolve(address.port);
      });
    });
  });
}

async function driverReady(port: number, driver: ChildProcess): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (Date.now() < deadline) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    const ready = await fetch(`http://127.0.0.1:${port}/status`)
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('WebKitWebDriver did not answer on /status');
}

export async function openWebKit(): Promise<EngineWindow> {
  if (!existsSync(MINIBROWSER)) throw new Error(`${MINIBROWSER} is missing (webkit2gtk-driver)`);
  if (process.env['DISPLAY'] === undefined || process.env['DISPLAY'] === '') {
    // MiniBrowser is a GTK program: it needs an X display (`npm run test:engines` adds xvfb-run).
    throw new Error('WebKit needs a display: run under xvfb-run -a (npm run test:engines does)');
  }
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], { stdio: 'ignore' });
  await driverReady(port, driver);
  const browser = await remote({
    hostname: '127.0.0.1',
    port,
    logLevel: 'warn',
    capabilities: {
      browserName: 'MiniBrowser',
      // WebKitWebDriver speaks WebDriver classic only; webdriverio would ask for BiDi otherwise.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] },
    } as WebdriverIO.Capabilities,
  });
  const version = `WebKitGTK ${String(browser.capabilities.browserVersion)}`;
  const evaluate = <A extends unknown[], T>(
    fn: (...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<T> => browser.execute(fn as never, ...(args as unknown as never[])) as Promise<T>;
  // MiniBrowser's window is at least 447 px wide: a narrower page (a phone's 390 px) is loaded
  // in an iframe of that size, which lays out and scales exactly like a window that wide.
  let framed: { width: number; height: number } | undefined;
  return {
    engine: 'webkit',
    version,
    async goto(url) {
      if (framed === undefined) {
        await browser.url(url);
      } else {
        await browser.url('about:blank');
        await evaluate(
          (src: string, width: number, height: number) => {
            document.body.style.margin = '0';
            const frame = document.createElement('iframe');
            frame.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
            frame.src = src;
            document.body.append(frame);
          },
          url,
          framed.width,
          framed.height,
        );
        await browser.switchFrame(browser.$('iframe'));
        // Until the deck's address has loaded, the frame holds its first, empty document.
        const page = url.split('?')[0] ?? url;
        await browser.waitUntil(
          () =>
            evaluate(
              (expected: string) =>
                window.location.href.startsWith(expected) && document.readyState === 'complete',
              page,
            ),
          { timeout: WAIT_MS, timeoutMsg: 'WebKit: the framed page did not load' },
        );
      }
      await evaluate(recordErrors);
    },
    async setViewport(width, height) {
      // Measured in the window itself, not in a frame a phone-width page was loaded in.
      await browser.switchFrame(null);
      // The window has chrome around the page: size it so that the page gets exactly this.
      await browser.setWindowSize(width, height);
      const [innerWidth, innerHeight] = await evaluate(() => [
        window.innerWidth,
        window.innerHeight,
      ]);
      if (innerWidth !== width || innerHeight !== height) {
        await browser.setWindowSize(width * 2 - innerWidth, height * 2 - innerHeight);
      }
      const finalWidth = await evaluate(() => window.innerWidth);
      framed = finalWidth === width ? undefined : { width, height };
    },
    evaluate,
    async waitFor(fn, message, ...args) {
      await browser.waitUntil(() => evaluate(fn, ...args), {
        timeout: WAIT_MS,
        timeoutMsg: `WebKit: ${message}`,
      });
    },
    async press(key) {
      await browser.keys([key]);
    },
    async clickAt(x, y) {
      await browser
        .action('pointer')
        .move({ x: Math.round(x), y: Math.round(y) })
        .down()
        .up()
        .perform();
    },
    async screenshot(path) {
      await browser.saveScreenshot(path);
    },
    errors: () => evaluate(pageErrors),
    async close() {
      await browser.deleteSession().catch(() => undefined);
      driver.kill();
    },
  };
}

export const engines: Record<EngineName, () => Promise<EngineWindow>> = {
  firefox: openFirefox,
  webkit: openWebKit,
};
