/**
 * Argument parsing for every command: commander, strict (an unknown option, a missing value or an extra
 * argument is an error with exit code 2, never ignored), `--help` with examples on every command.
 */
import { Command, CommanderError, InvalidArgumentError } from 'commander';

/** A commander command named `vanban <name>` that writes through process.stdout/stderr and never exits itself. */
export function newCommand(name: string, description: string): Command {
  return new Command(`vanban ${name}`)
    .description(description)
    .exitOverride()
    .allowExcessArguments(false)
    .showHelpAfterError('(run with --help for usage and examples)')
    .configureOutput({
      writeOut: (s) => process.stdout.write(s),
      writeErr: (s) => process.stderr.write(s),
    });
}

/** "Examples:" after the options in --help. */
export function withExamples(command: Command, examples: string[]): Command {
  return command.addHelpText('after', `\nExamples:\n${examples.map((e) => `  ${e}`).join('\n')}\n`);
}

export function positiveInteger(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
      throw new InvalidArgumentError(`${option} must be a positive integer, not "${value}"`);
    return n;
  };
}

export function nonNegativeInteger(option: string) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || !Number.isSafeInteger(n))
      throw new InvalidArgumentError(`${option} must be 0 or a positive integer, not "${value}"`);
    return n;
  };
}

export function port(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError(`--port needs a port number, not "${value}"`);
  return n;
}

/**
 * Parses `args` and runs the command's action. Returns the action's exit code; 0 after --help; 2 for a usage
 * error (commander has printed it).
 */
export async function runCommand(
  command: Command,
  args: string[],
  action: () => Promise<number>,
): Promise<number> {
  // A no-op action makes commander check the arguments and options fully; `action` runs after, with them.
  command.action(() => undefined);
  try {
    await command.parseAsync(args, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError)
      return ['commander.helpDisplayed', 'commander.help', 'commander.version'].includes(error.code) ? 0 : 2;
    throw error;
  }
  return action();
}
