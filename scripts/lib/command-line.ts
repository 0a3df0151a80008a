/**
 * Flags for the project's scripts: node's parseArgs with the same behaviour everywhere:
 * `--help` prints the usage; an unknown or malformed flag prints what is wrong and the usage,
 * and exits 2.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';

type Options = NonNullable<ParseArgsConfig['options']>;
type WithHelp<O extends Options> = O & { help: { type: 'boolean'; short: 'h'; default: false } };
type Values<O extends Options> = ReturnType<
  typeof parseArgs<{ options: WithHelp<O>; strict: true; allowPositionals: false }>
>['values'];

/** Prints the problem and the usage, and exits 2 (a usage error). */
export function failUsage(message: string, usage: string): never {
  console.error(`${message}\n\n${usage}`);
  process.exit(2);
}

export function readFlags<const O extends Options>(options: O, usage: string): Values<O> {
  const config = {
    options: { ...options, help: { type: 'boolean', short: 'h', default: false } } as WithHelp<O>,
    strict: true,
    allowPositionals: false,
  } as const;
  let values: Values<O>;
  try {
    ({ values } = parseArgs(config));
  } catch (error) {
    failUsage(error instanceof Error ? error.message : String(error), usage);
  }
  if ((values as { help?: boolean }).help === true) {
    console.log(usage);
    process.exit(0);
  }
  return values;
}
