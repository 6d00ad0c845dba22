import { createMember } from '@/lib/accounts/create-user';
import { prisma } from '@/lib/prisma';
import { send, type Route } from './page-server';

/** The text of fictional story n: one convoy figure, different in every story. */
export function storyText(n: number): string {
  return `Convoy update ${n}\n\nOn Wednesday, ${100 + n} trucks carrying food left Eastport for the Lakeside camp, the convoy's organisers said.`;
}

export function storyPage(title: string, text: string, publisher = 'The Harbour Courier'): string {
  const paragraphs = text
    .split('\n\n')
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('\n');
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
<meta property="og:title" content="${title}"><meta property="og:site_name" content="${publisher}">
<meta property="article:published_time" content="2024-05-10T08:00:00Z"></head>
<body><nav><a href="/">Home</a></nav><article><h1>${title}</h1>${paragraphs}</article><footer>Footer</footer></body></html>`;
}

/** An RSS 2.0 feed whose items link to /story/<n> on the given origin. */
export function rssFeed(origin: string, numbers: number[]): string {
  const items = numbers.map(
    (n) =>
      `<item><title>Convoy update ${n}</title><link>${origin}/story/${n}</link><guid isPermaLink="false">story-${n}</guid><pubDate>Fri, 10 May 2024 08:00:00 +0000</pubDate></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Courier: Eastport</title><link>${origin}/</link><description>Stories</description>${items.join('')}</channel></rss>`;
}

export function atomFeed(origin: string, numbers: number[]): string {
  const entries = numbers.map(
    (n) =>
      `<entry><title type="text">Convoy update ${n}</title><link rel="alternate" href="${origin}/story/${n}"/><id>urn:story:${n}</id><published>2024-05-10T08:00:00+03:00</published><updated>2024-05-11T08:00:00Z</updated></entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Courier</title><id>urn:courier</id><updated>2024-05-11T08:00:00Z</updated>${entries.join('')}</feed>`;
}

/** Routes /story/1 … /story/count, each answering after `delayMs`. */
export function storyRoutes(count: number, delayMs = 0): Record<string, Route> {
  return Object.fromEntries(
    Array.from({ length: count }, (_, i) => {
      const n = i + 1;
      const route = send('text/html; charset=utf-8', storyPage(`Convoy update ${n}`, storyText(n)));
      return [`/story/${n}`, ((req, res) => setTimeout(() => route(req, res), delayMs)) as Route];
    }),
  );
}

/** An editor of a fresh organization and a feed of theirs. */
export async function createFeedOwner(prefix: string, feedUrl: string) {
  const email = `${prefix}-feeds@a.example`;
  await createMember(prisma, { email, password: 'feed-test-password', organization: `${prefix} Org`, role: 'editor' });
  const user = await prisma.user.findUniqueOrThrow({ where: { email } });
  const org = await prisma.organization.findUniqueOrThrow({ where: { name: `${prefix} Org` } });
  const feed = await prisma.feed.create({
    data: { name: 'Courier: Eastport', url: feedUrl, ownerOrgId: org.id, intervalMinutes: 60, createdById: user.id },
  });
  return { user, org, feed };
}
