import { Command, CommanderError } from 'commander';
import { type Config, loadConfig } from '../config/index.js';
import { AppError } from '../domain/index.js';
import { registerCluster } from './commands/cluster.js';
import { registerDemo } from './commands/demo.js';
import { registerExtract } from './commands/extract.js';
import { registerImport } from './commands/import.js';
import { registerIngest } from './commands/ingest.js';
import { registerNewsletter } from './commands/newsletter.js';
import { registerOutlets } from './commands/outlets.js';
import { registerQuotes } from './commands/quotes.js';
import { registerServe } from './commands/serve.js';
import { registerSources } from './commands/sources.js';
import { registerSubscribers } from './commands/subscribers.js';

/** Build the `multipolar` command line; config is read lazily so `--help` works with a bad environment. */
export function buildProgram(env: Record<string, string | undefined> = process.env): Command {
  let config: Readonly<Config> | null = null;
  const getConfig = () => {
    config ??= loadConfig(env);
    return config;
  };
  const program = new Command('multipolar')
    .description('Multipolar: the facts behind the news, plus the perspectives of many outlets side by side.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  registerDemo(program, getConfig);
  registerServe(program, getConfig);
  registerSources(program, getConfig);
  registerOutlets(program, getConfig);
  registerIngest(program, getConfig);
  registerImport(program, getConfig);
  registerExtract(program);
  registerQuotes(program);
  registerNewsletter(program, getConfig);
  registerCluster(program);
  registerSubscribers(program, getConfig);
  for (const cmd of program.commands) {
    cmd.exitOverride();
    for (const sub of cmd.commands) sub.exitOverride();
  }
  return program;
}

/**
 * Run the CLI and return the exit code. Expected failures print one line; only a bug prints more,
 * and even then no stack trace unless MULTIPOLAR_DEBUG is set.
 */
export async function runCli(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): Promise<number> {
  try {
    await buildProgram(env).parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // commander already printed the help text or the error line.
      return err.code === 'commander.helpDisplayed' || err.code === 'commander.version'
        ? 0
        : err.exitCode || 2;
    }
    if (err instanceof AppError) {
      process.stderr.write(`multipolar: ${err.message}\n`);
      return 1;
    }
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`multipolar: unexpected error: ${message}\n`);
    if (env.MULTIPOLAR_DEBUG) process.stderr.write(`${(err as Error).stack ?? ''}\n`);
    return 70;
  }
}
