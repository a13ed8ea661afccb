import { sourceNumbers } from '../../app/formats/citations.ts';

/** Citation marks linking to the page's sources list. */
export function Cite(props: { sources: readonly { id: string }[]; ids: readonly string[] }) {
  return (
    <sup>
      {sourceNumbers(props.sources, props.ids).map((n) => (
        <a href={`#source-${n}`} aria-label={`source ${n}`}>
          [{n}]
        </a>
      ))}
    </sup>
  );
}
