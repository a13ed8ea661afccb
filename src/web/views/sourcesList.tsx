/** The numbered sources list that citation marks ([1], [2]) link to. */
export function SourcesList(props: {
  sources: readonly { publisher: string; title: string; year: number; url: string }[];
}) {
  return (
    <ol>
      {props.sources.map((source, i) => (
        <li id={`source-${i + 1}`}>
          {source.publisher}, <cite>{source.title}</cite> ({source.year}).{' '}
          <a href={source.url} rel="noopener">
            {source.url}
          </a>
        </li>
      ))}
    </ol>
  );
}
