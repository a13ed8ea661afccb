import { isMap, LineCounter, parseDocument } from 'yaml';
import type { CatalogProblem } from './loadCatalog.ts';

export type YamlPath = readonly (string | number)[];

export type ParsedYamlWithLines =
  | { ok: true; value: unknown; lineOf(path: YamlPath): number }
  | { ok: false; problems: CatalogProblem[] };

/**
 * One YAML mapping with its node positions, so a problem found later can name its line. The catalogue may not
 * import src/kb (its parseYamlFile does the same for the curated KB), so this is the catalogue's own reader.
 */
export function parseYamlWithLines(file: string, text: string): ParsedYamlWithLines {
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
  return { ok: true, value: doc.toJS(), lineOf };
}
