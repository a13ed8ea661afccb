/** Where a command writes; tests pass buffers, main.ts passes the process streams. */
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly isTty: boolean;
  readonly noColor: boolean;
}

export function processIo(noColor: boolean): Io {
  return {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    isTty: Boolean(process.stdout.isTTY),
    noColor,
  };
}

export function bufferIo(): Io & { stdout: () => string; stderr: () => string } {
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
    stdout: () => stdout,
    stderr: () => stderr,
  };
}
