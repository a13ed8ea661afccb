import { isAbsolute, relative } from 'node:path';

/** One thing wrong with the content, pointing at the file and line to fix. */
export interface Problem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

/** `file:line: message`, with the file relative to `cwd` when it lies inside it. */
export function formatProblem(problem: Problem, cwd?: string): string {
  const shown = cwd ? relativeInside(cwd, problem.file) : problem.file;
  return `${shown}:${problem.line}: ${problem.message}`;
}

function relativeInside(cwd: string, file: string): string {
  const path = relative(cwd, file);
  return path && !path.startsWith('..') && !isAbsolute(path) ? path : file;
}

export function sortProblems(problems: readonly Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message),
  );
}
