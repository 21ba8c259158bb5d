/** Exit codes of the command line: 0 success, 1 the data failed a check, 2 a usage or input-file error. */
export const EXIT = { ok: 0, data: 1, usage: 2 } as const;

/** An error the command line reports as one line on stderr (never a stack trace) and exits with. */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.usage) {
    super(message);
    this.exitCode = exitCode;
  }
}
