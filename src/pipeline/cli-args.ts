/** Parsed command line: the command, positional arguments and `--name value` options. */
export interface CliArgs {
  command: string;
  positional: string[];
  options: Record<string, string>;
}

/** Parses `<command> [positional...] [--key value | --key=value]...`. */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const [command = 'help', ...rest] = argv;
  const positional: string[] = [];
  const options: Record<string, string> = {};
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i] as string;
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) options[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const next = rest[i + 1];
        if (next === undefined || next.startsWith('--')) options[a.slice(2)] = 'true';
        else {
          options[a.slice(2)] = next;
          i++;
        }
      }
    } else positional.push(a);
  }
  return { command, positional, options };
}
