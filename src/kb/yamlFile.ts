import { isMap, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

export type YamlPath = readonly (string | number)[];

export interface YamlFile {
  readonly file: string;
  readonly value: unknown;
  /** The 1-based line of the value at `path`, or of its nearest ancestor that exists. */
  lineOf(path: YamlPath): number;
}

export type ParsedYaml = { ok: true; yaml: YamlFile } | { ok: false; problems: Problem[] };

/** Parses one YAML document, keeping node positions so every later problem can name a line. */
export function parseYamlFile(file: string, text: string): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => ({
        file,
        line: error.linePos?.[0]?.line ?? 1,
        message: `YAML syntax: ${error.message.split('\n')[0]}`,
      })),
    };
  }
  if (!isMap(doc.contents)) {
    return { ok: false, problems: [{ file, line: 1, message: 'expected a mapping of fields (key: value)' }] };
  }
  const lineOf = (path: YamlPath): number => {
    for (let length = path.length; length >= 0; length--) {
      const node = doc.getIn(path.slice(0, length), true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lineCounter.linePos(node.range[0]).line;
    }
    return 1;
  };
  return { ok: true, yaml: { file, value: doc.toJS(), lineOf } };
}
