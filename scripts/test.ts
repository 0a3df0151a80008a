/**
 * `npm test`: every check, in the fewest minutes, in three rounds.
 *
 * 1. What needs no browser, side by side: types, lint and formatting, unit tests, the room
 *    server's tests (Node, real sockets on 127.0.0.1), and the build of `dist/` that the
 *    browser suites test (each a process of its own; two cores).
 * 2. The Chromium suite (`test:browser`, two files at a time) beside the PowerPoint one
 *    (`test:pptx`). They spend most of their time waiting on pages, fonts and conversions, so
 *    they share the cores well; each reads the `dist/` of round 1 and none writes it.
 * 3. Firefox and WebKit (`test:engines`), alone: beside the Chromium suite, WebKitGTK's page
 *    process crashed in two runs of four ("session deleted because of page crash or hang"),
 *    never alone.
 *
 * Each step prints its output whole when it ends, so steps never mix, and a line when it
 * starts, so a long round shows it is alive. Stops after the first round that fails, with the
 * failed step's exit code. Each suite alone: `npm run test:browser` (which builds first), etc.
 */
import { spawn } from 'node:child_process';
import { delimiter, join } from 'node:path';

interface Step {
  /** What the step is called in the output: the npm script that does the same alone. */
  readonly name: string;
  /** The command, run from the project with node_modules/.bin on the path. */
  readonly command: readonly string[];
}

interface Result {
  readonly step: Step;
  readonly code: number;
  readonly output: string;
  readonly seconds: number;
}

/** The project's own tools (tsc, vitest, vite, tsx), as npm scripts find them. */
const localBin = join(process.cwd(), 'node_modules', '.bin');

function run(step: Step): Promise<Result> {
  const started = performance.now();
  console.log(`── ${step.name}: started ──`);
  return new Promise((resolve) => {
    const [command = '', ...args] = step.command;
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, PATH: `${localBin}${delimiter}${process.env['PATH'] ?? ''}` },
      shell: process.platform === 'win32',
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString();
    };
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    child.on('close', (code) => {
      resolve({ step, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

/** The engines need a display for WebKit's MiniBrowser: a virtual one when there is none. */
const withDisplay = process.env['DISPLAY'] ? [] : ['xvfb-run', '-a'];

const rounds: readonly (readonly Step[])[] = [
  [
    { name: 'typecheck', command: ['tsc', '--noEmit', '-p', 'tsconfig.json'] },
    { name: 'lint', command: ['npm', 'run', '--silent', 'lint'] },
    { name: 'test:unit', command: ['vitest', 'run', '--project', 'unit'] },
    { name: 'test:room', command: ['vitest', 'run', '--project', 'room'] },
    { name: 'build', command: ['vite', 'build'] },
  ],
  [
    { name: 'test:browser', command: ['vitest', 'run', '--project', 'browser'] },
    { name: 'test:pptx', command: ['vitest', 'run', '--project', 'pptx'] },
  ],
  [{ name: 'test:engines', command: [...withDisplay, 'vitest', 'run', '--project', 'engines'] }],
];

const started = performance.now();
// A missing Chromium is installed (or named) before anything starts, not found by round 2.
const browser = await run({ name: 'browser check', command: ['tsx', 'scripts/ensure-browser.ts'] });
console.log(browser.output.trimEnd());
if (browser.code !== 0) process.exit(browser.code);
for (const round of rounds) {
  const results = await Promise.all(
    round.map(async (step) => {
      const result = await run(step);
      console.log(`\n── ${step.name}: ${result.seconds.toFixed(0)} s ──\n`);
      console.log(result.output.trimEnd());
      return result;
    }),
  );
  const failed = results.find((result) => result.code !== 0);
  if (failed !== undefined) {
    console.error(`\n${failed.step.name} failed (exit ${failed.code}).`);
    process.exit(failed.code);
  }
}
console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
