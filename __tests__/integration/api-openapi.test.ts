import Ajv2020 from 'ajv/dist/2020';
import { renderToStaticMarkup } from 'react-dom/server';
import ApiDocsPage from '@/app/docs/api/page';
import { prisma } from '@/lib/prisma';
import { isCalendarDay } from '@/lib/validation/filters';
import { createApiToken } from '@/lib/api/tokens';
import { createExportFixtures, OWNER } from '@/__tests__/helpers/export-fixtures';
import { apiGet } from '@/__tests__/helpers/api-request';

type Operation = {
  parameters: { name: string; schema: object }[];
  responses: Record<string, { content: { 'application/json': { schema: { $ref: string } } } }>;
};
type Document = { openapi: string; paths: Record<string, { get: Operation }>; components: { schemas: Record<string, object> } };

let document: Document;
let token: string;
const ajv = new Ajv2020({ strict: false, allErrors: true });
// JSON Schema's "date" format is a calendar day (RFC 3339 full-date).
ajv.addFormat('date', isCalendarDay);
const BASE = 'https://sitrep.invalid/openapi.json';
jest.setTimeout(60_000);

beforeAll(async () => {
  await createExportFixtures(prisma);
  const owner = await prisma.user.findUniqueOrThrow({ where: { email: OWNER.email } });
  token = (await createApiToken({ id: owner.id }, 'OpenAPI test', null)).token;
  const answer = await apiGet('/api/v1/openapi.json');
  expect(answer.status).toBe(200);
  document = answer.body;
  // The components as one schema document, so the responses' "#/components/schemas/…" references resolve.
  ajv.addSchema({ $id: BASE, components: document.components });
}, 120_000);

/** Every endpoint's answers (a full page, a later page, a 400 and a 401) against the document. */
function expectValid(operation: Operation, status: string, body: unknown): void {
  const reference = operation.responses[status].content['application/json'].schema.$ref;
  const validate = ajv.getSchema(`${BASE}${reference}`);
  if (!validate) throw new Error(`No schema ${reference}`);
  const isValid = validate(body);
  if (!isValid) throw new Error(`${status} does not match ${reference}: ${ajv.errorsText(validate.errors)}`);
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with the four lists, each schema compiling', () => {
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/facts',
      '/api/v1/locations',
      '/api/v1/observations',
      '/api/v1/organizations',
    ]);
    for (const id of Object.keys(document.components.schemas)) expect(ajv.getSchema(`${BASE}#/components/schemas/${id}`)).toBeDefined();
    for (const { get } of Object.values(document.paths))
      for (const parameter of get.parameters) expect(() => ajv.compile(parameter.schema)).not.toThrow();
  });

  it.each(['/api/v1/facts', '/api/v1/observations', '/api/v1/locations', '/api/v1/organizations'])(
    'describes every answer of %s',
    async (path) => {
      const operation = document.paths[path].get;
      for (const reader of [undefined, token]) {
        const first = await apiGet(path, 'limit=2', reader);
        expect(first.status).toBe(200);
        expectValid(operation, '200', first.body);
        // The check can fail: a field of the wrong type or one the document does not list is refused.
        expect(() => expectValid(operation, '200', { ...first.body, nextCursor: 5 })).toThrow(/does not match/);
        expect(() => expectValid(operation, '200', { ...first.body, extra: true })).toThrow(/does not match/);
        expect(first.body.nextCursor).toEqual(expect.any(String));
        const second = await apiGet(path, `limit=2&cursor=${first.body.nextCursor}`, reader);
        expectValid(operation, '200', second.body);
        const full = await apiGet(path, 'limit=500', reader);
        expectValid(operation, '200', full.body);
      }
      const refused = await apiGet(path, 'limit=-1');
      expect(refused.status).toBe(400);
      expectValid(operation, '400', refused.body);
      const unauthorized = await apiGet(path, '', 'not-a-token');
      expect(unauthorized.status).toBe(401);
      expectValid(operation, '401', unauthorized.body);
    },
  );

  it('lists exactly the parameters each list takes', async () => {
    for (const [path, { get }] of Object.entries(document.paths)) {
      const names = get.parameters.map((parameter) => parameter.name);
      const known = await Promise.all(names.map((name) => apiGet(path, `${name}=`)));
      // An empty value may be refused for its value, never as an unknown parameter.
      known.forEach((answer, index) =>
        expect(answer.body.error?.message ?? '').not.toMatch(new RegExp(`Unknown parameter "${names[index]}"`)),
      );
      const unknown = await apiGet(path, 'colour=red');
      expect(unknown.body.error.parameter).toBe('colour');
    }
  });

  it('is rendered for people at /docs/api: every list, parameter and object', () => {
    const html = renderToStaticMarkup(ApiDocsPage());
    for (const [path, { get }] of Object.entries(document.paths)) {
      expect(html).toContain(`GET ${path}`);
      for (const parameter of get.parameters) expect(html).toContain(`<code>${parameter.name}</code>`);
    }
    for (const id of Object.keys(document.components.schemas)) expect(html).toContain(`id="schema-${id}"`);
    expect(html).not.toContain('<script');
    // Names marked with backticks in the document's descriptions are shown as code, not as backticks.
    expect(html).not.toContain('`');
    expect(html).toContain('<code>cursor</code>');
  });
});
