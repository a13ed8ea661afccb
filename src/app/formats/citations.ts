/** The 1-based numbers, in the sources list, of the sources a figure cites (unknown ids are skipped). */
export function sourceNumbers(sources: readonly { id: string }[], ids: readonly string[]): number[] {
  return ids.map((id) => sources.findIndex((source) => source.id === id) + 1).filter((n) => n > 0);
}

/** "[1][3]" for a figure in a Markdown document. */
export function markdownCitations(sources: readonly { id: string }[], ids: readonly string[]): string {
  return sourceNumbers(sources, ids)
    .map((n) => `[${n}]`)
    .join('');
}

/** The numbered sources list those marks refer to. */
export function markdownSourceList(
  sources: readonly { publisher: string; title: string; year: number; url: string }[],
): string[] {
  return sources.map(
    (source, i) => `${i + 1}. ${source.publisher}, *${source.title}* (${source.year}), ${source.url}`,
  );
}
