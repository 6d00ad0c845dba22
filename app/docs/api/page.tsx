import type { Metadata } from 'next';
import { EndpointSection } from '@/app/ui/api-docs/endpoint-section';
import { FieldTable } from '@/app/ui/api-docs/field-table';
import { InlineCode } from '@/app/ui/api-docs/inline-code';
import { describeApi } from '@/lib/api/describe';

const EXAMPLE =
  'curl -H "Authorization: Bearer $SITREP_TOKEN" "http://localhost:3000/api/v1/observations?metric=people_killed&from=2019-03-01&to=2019-03-31"';

export const metadata: Metadata = { title: 'Read API' };

/** The OpenAPI document of /api/v1 (lib/api/openapi.ts) for people: rendered here, no script needed. */
export default function Page() {
  const api = describeApi();
  return (
    <>
      <h1>{api.title}</h1>
      <p>
        <InlineCode text={api.description} />
      </p>
      <p>
        The machine-readable description is <a href="/api/v1/openapi.json">/api/v1/openapi.json</a> (OpenAPI 3.1). Create a token on{' '}
        <a href="/account/api-tokens">your account’s API tokens page</a>. Example:
      </p>
      <pre className="code-block" tabIndex={0} aria-label="Example request">
        <code>{EXAMPLE}</code>
      </pre>
      {api.endpoints.map((endpoint) => (
        <EndpointSection key={endpoint.path} endpoint={endpoint} />
      ))}
      <h2>Objects</h2>
      {api.schemas.map((schema) => (
        <section key={schema.id} id={`schema-${schema.id}`} className="panel stack" aria-labelledby={`schema-heading-${schema.id}`}>
          <h3 id={`schema-heading-${schema.id}`}>{schema.id}</h3>
          {schema.description ? (
            <p>
              <InlineCode text={schema.description} />
            </p>
          ) : null}
          <FieldTable caption={`Fields of ${schema.id}`} fields={schema.fields} />
        </section>
      ))}
    </>
  );
}
