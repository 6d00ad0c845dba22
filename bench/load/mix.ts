/**
 * The requests of one load-bench client, in autocannon's request list: 7 dashboard reads, 2
 * writes through the real fact-entry form (a no-JavaScript post of /facts/new, as a browser
 * without scripts sends it: Next's action fields plus the fact), 1 export. Each client signs in
 * as one of the bench's editors.
 */
import { randomUUID } from 'node:crypto';

export type Kind = 'read' | 'write' | 'export';
export type Session = { cookie: string; actionFields: [string, string][]; ownerOrgId: string };

const READS = [
  '/',
  '/?metric=people_arrived',
  '/?from=2022-01-01&to=2022-06-30',
  '/?location=synthplace-007',
  '/?org=synthetic-org-003',
  '/?metric=trucks&from=2021-03-01&to=2021-12-31',
  '/?location=synthplace-101&metric=people_departed',
];

function multipart(fields: [string, string][]): { body: string; contentType: string } {
  const boundary = `----sitrepload${randomUUID().replace(/-/g, '')}`;
  const parts = fields.map(([name, value]) => `--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`);
  return { body: `${parts.join('')}--${boundary}--\r\n`, contentType: `multipart/form-data; boundary=${boundary}` };
}

let written = 0;

/** One new fact per write: a fresh form token, a different figure and day each time. */
function factFields(session: Session): [string, string][] {
  written += 1;
  const day = String(1 + (written % 28)).padStart(2, '0');
  return [
    ...session.actionFields,
    ['idempotencyToken', randomUUID()],
    ['ownerOrgId', session.ownerOrgId],
    ['metric', 'people_arrived'],
    ['value', String(100 + written)],
    ['unit', 'people'],
    ['location', `Synthplace ${String(1 + (written % 500)).padStart(3, '0')}`],
    ['date', `2023-12-${day}`],
    ['datePrecision', 'day'],
    ['sourceOrg', 'Synthetic Org 001'],
    ['excerpt', `${100 + written} people arrived (load bench entry ${written}).`],
    ['sensitivity', 'public'],
  ];
}

export type MixRequest = {
  method: string;
  path: string;
  headers?: Record<string, string>;
  setupRequest: (request: Record<string, unknown>, context: Record<string, unknown>) => Record<string, unknown>;
  onResponse: (status: number, body: string, context: Record<string, unknown>) => void;
};

export function clientRequests(sessions: Session[], origin: string, onDone: (kind: Kind, status: number) => void): MixRequest[] {
  let next = 0;
  const sessionOf = (context: Record<string, unknown>) => (context.session ??= sessions[next++ % sessions.length]) as Session;
  const request = (
    kind: Kind,
    build: (session: Session, index: number) => Partial<MixRequest> & { path: string },
    index: number,
  ): MixRequest => ({
    method: 'GET',
    path: '/',
    setupRequest: (req, context) => {
      const session = sessionOf(context);
      const built = build(session, index);
      context.kind = kind;
      return { ...req, ...built, headers: { ...(built.headers ?? {}), cookie: session.cookie } };
    },
    onResponse: (status) => onDone(kind, status),
  });
  const read = (index: number) => request('read', () => ({ path: READS[index % READS.length] }), index);
  const write = (index: number) =>
    request(
      'write',
      (session) => {
        const { body, contentType } = multipart(factFields(session));
        return { method: 'POST', path: '/facts/new', body, headers: { 'content-type': contentType, origin } } as Partial<MixRequest> & {
          path: string;
        };
      },
      index,
    );
  const exportCsv = request('export', () => ({ path: '/api/export?format=csv&from=2022-03-01&to=2022-03-07&metric=people_arrived' }), 0);
  // The export comes early so that even a short run has some.
  return [read(0), write(0), exportCsv, read(1), read(2), read(3), write(1), read(4), read(5), read(6)];
}
