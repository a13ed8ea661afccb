/** Where a command writes; tests pass buffers, main.ts passes the process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly isTty: boolean;
  readonly noColor: boolean;
  /** Everything piped in; undefined when standard input is a terminal (nothing was piped). */
  readInput(): Promise<string | undefined>;
}

export function processIo(noColor: boolean): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    noColor,
    async readInput() {
      if (process.stdin.isTTY) return undefined;
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

export function bufferIo(input?: string): Io & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return {
    out: (text) => {
      stdout += text;
    },
    err: (text) => {
      stderr += text;
    },
    isTty: false,
    noColor: true,
    readInput: async () => input,
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
