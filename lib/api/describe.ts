import 'server-only';
import { openApiDocument } from '@/lib/api/openapi';

/** The OpenAPI document as plain text pieces for the page people read (/docs/api). */
type Schema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  description?: string;
  default?: unknown;
  minimum?: number;
  maximum?: number;
};
type Operation = {
  summary: string;
  description: string;
  security: object[];
  parameters: { name: string; description: string; schema: Schema }[];
  responses: Record<string, { description: string; content: { 'application/json': { schema: Schema } } }>;
};

export type FieldDescription = { name: string; type: string; description: string; required: boolean };
export type EndpointDescription = {
  path: string;
  summary: string;
  description: string;
  takesToken: boolean;
  parameters: FieldDescription[];
  responses: { status: string; description: string; schema: string }[];
};
export type SchemaDescription = { id: string; description: string; fields: FieldDescription[] };

export function describeApi(): { title: string; description: string; endpoints: EndpointDescription[]; schemas: SchemaDescription[] } {
  const document = openApiDocument() as {
    info: { title: string; description: string };
    paths: Record<string, { get: Operation }>;
    components: { schemas: Record<string, Schema> };
  };
  const endpoints = Object.entries(document.paths).map(([path, { get }]) => ({
    path,
    summary: get.summary,
    description: get.description,
    takesToken: get.security.some((entry) => 'token' in entry),
    parameters: get.parameters.map((parameter) => ({
      name: parameter.name,
      type: typeOf(parameter.schema),
      description: parameter.description,
      required: false,
    })),
    responses: Object.entries(get.responses).map(([status, response]) => ({
      status,
      description: response.description,
      schema: typeOf(response.content['application/json'].schema),
    })),
  }));
  const schemas = Object.entries(document.components.schemas).map(([id, schema]) => ({
    id,
    description: schema.description ?? '',
    fields: fieldsOf(schema),
  }));
  return { title: document.info.title, description: document.info.description, endpoints, schemas };
}

function fieldsOf(schema: Schema): FieldDescription[] {
  return Object.entries(schema.properties ?? {}).map(([name, field]) => ({
    name,
    type: typeOf(field),
    description: field.description ?? field.anyOf?.find((option) => option.description)?.description ?? '',
    required: (schema.required ?? []).includes(name),
  }));
}

/** A schema in words: "date (YYYY-MM-DD) or null", "list of Fact", "one of: flow, stock". */
export function typeOf(schema: Schema): string {
  if (schema.$ref) return schema.$ref.split('/').at(-1)!;
  if (schema.anyOf) return schema.anyOf.map(typeOf).join(' or ');
  if (schema.enum) return `one of: ${schema.enum.join(', ')}`;
  if (schema.type === 'array') return `list of ${schema.items ? typeOf(schema.items) : 'values'}`;
  if (schema.properties) return `object with ${Object.keys(schema.properties).join(', ')}`;
  if (schema.format === 'date') return 'date (YYYY-MM-DD)';
  const bounds = schema.minimum !== undefined && schema.maximum !== undefined ? ` from ${schema.minimum} to ${schema.maximum}` : '';
  const fallback = schema.default !== undefined ? `, default ${String(schema.default)}` : '';
  return `${Array.isArray(schema.type) ? schema.type.join(' or ') : (schema.type ?? 'any')}${bounds}${fallback}`;
}
