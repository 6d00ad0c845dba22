import 'server-only';
import { z } from 'zod';
import { ENDPOINTS, type Endpoint } from '@/lib/api/endpoints';
import type { ParameterSpec } from '@/lib/api/params';
import * as schemas from '@/lib/api/schemas';

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas and parameter list
 * the routes use (zod 4's own JSON Schema output: OpenAPI 3.1 schemas are JSON Schema 2020-12).
 */
type JsonObject = Record<string, unknown>;
const ERROR_REF = { $ref: '#/components/schemas/Error' };

export function openApiDocument(): JsonObject {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sitrep read API',
      version: '1',
      description:
        'Read-only JSON lists of the figures Sitrep holds. Public figures need no token; a personal API token (created on your account page, sent as `Authorization: Bearer <token>`) adds the restricted figures of your organizations. Lists are paged with an opaque `cursor`; a bad parameter gets a 400 naming it.',
    },
    paths: Object.fromEntries(Object.values(ENDPOINTS).map((endpoint) => [endpoint.path, { get: operationOf(endpoint) }])),
    components: {
      schemas: componentSchemas(),
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'A personal API token from Account → API tokens.' } },
    },
  };
}

function operationOf(endpoint: Endpoint): JsonObject {
  const json = (schema: JsonObject, description: string) => ({ description, content: { 'application/json': { schema } } });
  const id = String(endpoint.response.meta()?.id);
  return {
    operationId: endpoint.path.split('/').at(-1),
    summary: endpoint.summary,
    description: endpoint.description,
    parameters: endpoint.parameters.map(parameterOf),
    // Public figures need no token; one adds the reader's restricted figures.
    security: endpoint.readsFigures ? [{}, { token: [] }] : [{}],
    responses: {
      '200': json({ $ref: `#/components/schemas/${id}` }, 'One page of the list.'),
      '400': json(ERROR_REF, 'A parameter is wrong; `error.parameter` names it.'),
      '401': json(ERROR_REF, 'The token is not valid or was revoked (or this Sitrep shares figures with members only).'),
      '503': json(ERROR_REF, 'The database could not be read just now.'),
    },
  };
}

function parameterOf(spec: ParameterSpec): JsonObject {
  const schema = plain(z.toJSONSchema(spec.schema, { io: 'input', target: 'draft-2020-12' }) as JsonObject);
  return {
    name: spec.name,
    in: 'query',
    required: false,
    description: spec.description,
    ...(spec.repeatable ? { schema: { type: 'array', items: schema }, style: 'form', explode: true } : { schema }),
  };
}

function componentSchemas(): JsonObject {
  const registry = z.registry<{ id: string }>();
  for (const schema of Object.values(schemas)) {
    const id = schema instanceof z.ZodType ? schema.meta()?.id : undefined;
    if (typeof id === 'string') registry.add(schema as z.ZodType, { id });
  }
  const { schemas: generated } = z.toJSONSchema(registry, { target: 'draft-2020-12', uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(generated).map(([id, schema]) => [id, plain(schema as JsonObject)]));
}

/** Inside an OpenAPI document a schema needs neither its own dialect nor an id. */
function plain(schema: JsonObject): JsonObject {
  const copy = { ...schema };
  delete copy.$schema;
  delete copy.$id;
  return copy;
}
