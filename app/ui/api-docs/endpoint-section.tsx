import { FieldTable } from '@/app/ui/api-docs/field-table';
import { InlineCode } from '@/app/ui/api-docs/inline-code';
import type { EndpointDescription } from '@/lib/api/describe';

/** One list of the API: what it returns, its parameters and its answers. */
export function EndpointSection({ endpoint }: { endpoint: EndpointDescription }) {
  const id = endpoint.path.split('/').at(-1);
  return (
    <section className="panel stack" aria-labelledby={`endpoint-${id}`}>
      <h2 id={`endpoint-${id}`}>
        <code>GET {endpoint.path}</code>
      </h2>
      <p>
        <strong>{endpoint.summary}.</strong> <InlineCode text={endpoint.description} />
      </p>
      <p className="muted">
        {endpoint.takesToken
          ? 'Public figures without a token; with a personal API token, also your organizations’ restricted figures.'
          : 'Public: no token needed.'}
      </p>
      <FieldTable caption={`Query parameters of ${endpoint.path}`} fields={endpoint.parameters} />
      <ul>
        {endpoint.responses.map((response) => (
          <li key={response.status}>
            <strong>{response.status}</strong>: <InlineCode text={response.description} /> (
            <a href={`#schema-${response.schema}`}>{response.schema}</a>)
          </li>
        ))}
      </ul>
    </section>
  );
}
