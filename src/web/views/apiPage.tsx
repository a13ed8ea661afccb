import { Layout } from '../layout.tsx';

interface Operation {
  summary?: string;
  tags?: string[];
  parameters?: {
    name: string;
    in: string;
    required?: boolean;
    schema?: { description?: string; example?: unknown };
  }[];
  requestBody?: unknown;
  responses?: Record<string, { description?: string }>;
}

/** A readable page over the generated OpenAPI document: every route, its parameters and responses. */
export function ApiPage(props: { doc: { paths?: object }; kbVersion: string }) {
  const paths = (props.doc.paths ?? {}) as Record<string, Record<string, Operation>>;
  const operations = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
  );
  return (
    <Layout meta={{ title: 'HTTP API', kbVersion: props.kbVersion }}>
      <h1>Pathway HTTP API</h1>
      <p>
        Every guide, hub, recommendation and saved plan is available as JSON under <code>/api/v1</code>. The
        machine-readable description is the OpenAPI 3.1 document at{' '}
        <a href="/api/openapi.json">/api/openapi.json</a>. Errors are <code>application/problem+json</code>{' '}
        (RFC 9457) with <code>field</code> naming the parameter at fault and <code>suggestions</code> for
        unknown roles. GET responses carry an ETag and may be cached; request bodies are limited to 64 KB and
        query strings to 8 KB.
      </p>
      {operations.map(({ path, method, operation }) => (
        <section class="card" aria-labelledby={`${method}-${path}`}>
          <h2 id={`${method}-${path}`}>
            <code>
              {method} {path}
            </code>
          </h2>
          <p>{operation.summary}</p>
          {operation.parameters && operation.parameters.length > 0 ? (
            <div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">Parameter</th>
                    <th scope="col">In</th>
                    <th scope="col">Required</th>
                    <th scope="col">Description</th>
                    <th scope="col">Example</th>
                  </tr>
                </thead>
                <tbody>
                  {operation.parameters.map((parameter) => (
                    <tr>
                      <td>
                        <code>{parameter.name}</code>
                      </td>
                      <td>{parameter.in}</td>
                      <td>{parameter.required ? 'yes' : 'no'}</td>
                      <td>{parameter.schema?.description ?? ''}</td>
                      <td>
                        {parameter.schema?.example === undefined ? (
                          ''
                        ) : (
                          <code>{String(parameter.schema.example)}</code>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
          {operation.requestBody ? (
            <p class="muted">Takes a JSON body; see the OpenAPI document for its schema.</p>
          ) : null}
          <ul>
            {Object.entries(operation.responses ?? {}).map(([status, response]) => (
              <li>
                <strong>{status}</strong>: {response.description}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </Layout>
  );
}
