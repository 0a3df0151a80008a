/**
 * `npm test`: every check, in the fewest minutes. The checks that need no browser (types,
 * lint and formatting, unit tests) run side by side, each printing its output when it ends;
 * then the browser suites run one after the other, since each keeps both cores busy. Stops at
 * the first group that fails, with that step's exit code.
 */
import { spawn } from 'node:child_process';

interface Step {
  readonly script: string;
}

interface Result {
  readonly step: Step;
  readonly code: number;
  /** What the step printed, kept when it ran beside others; empty when it printed live. */
  readonly output: string;
  readonly seconds: number;
}

/**
 * Runs `npm run <script>`. Alone, it prints as it goes (a long suite shows its progress);
 * beside others, its output is kept and printed whole when it ends, so steps never mix.
 */
function run(step: Step, alone: boolean): Promise<Result> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', step.script], {
      stdio: alone ? 'inherit' : 'pipe',
    });
    let output = '';
    const keep = (chunk: Buffer): void => {
      output += chunk.toString();
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    child.on('close', (code) => {
      resolve({ step, code: code ?? 1, output, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const groups: readonly (readonly Step[])[] = [
  [{ script: 'typecheck' }, { script: 'lint' }, { script: 'test:unit' }],
  [{ script: 'test:browser' }],
  [{ script: 'test:engines' }],
  [{ script: 'test:pptx' }],
];

const started = performance.now();
for (const group of groups) {
  const alone = group.length === 1;
  const results = await Promise.all(
    group.map(async (step) => {
      if (alone) console.log(`\n── npm run ${step.script} ──\n`);
      const result = await run(step, alone);
      console.log(`\n── npm run ${step.script}: ${result.seconds.toFixed(0)} s ──\n`);
      if (!alone) console.log(result.output.trimEnd());
      return result;
    }),
  );
  const failed = results.find((result) => result.code !== 0);
  if (failed !== undefined) {
    console.error(`\nnpm run ${failed.step.script} failed (exit ${failed.code}).`);
    process.exit(failed.code);
  }
}
console.log(`\nAll checks passed in ${((performance.now() - started) / 1000).toFixed(0)} s.`);
