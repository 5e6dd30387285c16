/** A port that is taken, named with the command-line option that changes it. */
export class PortInUseError extends Error {
  constructor(
    readonly port: number,
    readonly option: string,
  ) {
    super(
      `Port ${port} is already in use: stop the other program or choose another port with ${option} <port>.`,
    );
    this.name = 'PortInUseError';
  }
}

/** Turn a listen error into a PortInUseError where the port was taken; pass other errors through. */
export function explainListenError(error: unknown, port: number, option: string): Error {
  const code = (error as { code?: string } | null)?.code;
  const message = error instanceof Error ? error.message : '';
  if (code === 'EADDRINUSE' || code === 'EACCES' || /already in use/i.test(message))
    return new PortInUseError(port, option);
  return error instanceof Error ? error : new Error(String(error));
}
