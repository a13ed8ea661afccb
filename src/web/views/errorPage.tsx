import { Layout } from '../layout.tsx';

export interface ErrorPageProps {
  readonly status: number;
  readonly title: string;
  readonly message: string;
  readonly field?: string | undefined;
  readonly suggestions?: readonly { href: string; label: string }[];
  readonly kbVersion: string;
}

/** 400, 404 and 500 pages: what went wrong in plain words, with a way forward; never a stack trace. */
export function ErrorPage(props: ErrorPageProps) {
  return (
    <Layout meta={{ title: props.title, kbVersion: props.kbVersion }}>
      <h1>{props.title}</h1>
      <p class="notice">
        {props.field ? (
          <>
            <strong>{props.field}</strong>:{' '}
          </>
        ) : null}
        {props.message}
      </p>
      {props.suggestions && props.suggestions.length > 0 ? (
        <>
          <h2>Did you mean</h2>
          <ul>
            {props.suggestions.map((suggestion) => (
              <li>
                <a href={suggestion.href}>{suggestion.label}</a>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <a href="/">Start a new search</a> or <a href="/roles">browse all roles</a>.
      </p>
    </Layout>
  );
}
