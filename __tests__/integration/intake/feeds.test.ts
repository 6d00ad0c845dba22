import { findDueJobs, runJob } from '@/lib/jobs/run';
import { pollFeed } from '@/lib/jobs/poll-feed';
import { parseFeed } from '@/lib/intake/feed';
import { reportTextHash } from '@/lib/reports/fingerprint';
import { prisma } from '@/lib/prisma';
import { atomFeed, createFeedOwner, rssFeed, storyPage, storyRoutes, storyText } from '@/__tests__/helpers/feed-fixtures';
import { send, startPageServer, type PageServer } from '@/__tests__/helpers/page-server';

jest.setTimeout(120_000);

let server: PageServer;
const routes = storyRoutes(50);

beforeAll(async () => {
  server = await startPageServer(routes);
  routes['/feed.xml'] = send(
    'application/rss+xml; charset=utf-8',
    rssFeed(
      server.origin,
      Array.from({ length: 50 }, (_, i) => i + 1),
    ),
  );
  routes['/atom.xml'] = send('application/atom+xml', atomFeed(server.origin, [1, 2]));
  process.env.SITREP_FETCH_ALLOW_HOSTS = server.host;
});

afterAll(async () => {
  delete process.env.SITREP_FETCH_ALLOW_HOSTS;
  await server.close();
});

/** Runs what is due until nothing is: what the worker does, without its timer. */
async function drain(): Promise<void> {
  for (let round = 0; round < 20; round += 1) {
    const jobs = await findDueJobs(prisma);
    if (jobs.length === 0) return;
    for (const job of jobs) await runJob(prisma, job);
  }
  throw new Error('jobs did not settle');
}

describe('parseFeed', () => {
  it('reads RSS 2.0 and Atom entries with their key, link, title and day as written', () => {
    expect(parseFeed(rssFeed('https://x.example', [7]))).toEqual([
      { key: 'story-7', link: 'https://x.example/story/7', title: 'Convoy update 7', publishedDate: '2024-05-10' },
    ]);
    expect(parseFeed(atomFeed('https://x.example', [7]))).toEqual([
      { key: 'urn:story:7', link: 'https://x.example/story/7', title: 'Convoy update 7', publishedDate: '2024-05-10' },
    ]);
    expect(() => parseFeed('<html><body>no</body></html>')).toThrow(/not an RSS 2.0 or Atom feed/);
  });
});

describe('a subscribed feed', () => {
  it('brings 50 items in, skipping the 3 already known by link or text, each with its candidates', async () => {
    const { org, feed, user } = await createFeedOwner('fifty', `${server.origin}/feed.xml`);
    const publisher = await prisma.organization.create({ data: { name: 'The Harbour Courier', slug: 'the-harbour-courier' } });
    const known = (n: number, url: string | null) =>
      prisma.report.create({
        data: {
          title: `Known ${n}`,
          publisherId: publisher.id,
          publishedDate: '2024-05-10',
          url,
          text: storyText(n),
          textHash: reportTextHash(storyText(n)),
          ownerOrgId: org.id,
          createdById: user.id,
        },
      });
    const byLink = [await known(4, `${server.origin}/story/4`), await known(9, `${server.origin}/story/9`)];
    const byText = await known(17, 'https://elsewhere.example/copy-of-17');

    await drain();

    const items = await prisma.feedItem.findMany({ where: { feedId: feed.id } });
    expect(items).toHaveLength(50);
    expect(items.filter((item) => item.state === 'stored')).toHaveLength(47);
    const skipped = items
      .filter((item) => item.state === 'skipped')
      .map((item) => item.reportId)
      .sort();
    expect(skipped).toEqual([...byLink, byText].map((report) => report.id).sort());
    const reports = await prisma.report.findMany({
      where: { ownerOrgId: org.id, title: { startsWith: 'Convoy update' } },
      include: { facts: true, publisher: true },
    });
    expect(reports).toHaveLength(47);
    expect(new Set(reports.map((report) => report.url)).size).toBe(47);
    for (const report of reports) {
      const n = Number(/\/story\/(\d+)$/.exec(report.url!)![1]);
      expect(report.publisher.name).toBe('The Harbour Courier');
      expect(report.publishedDate).toBe('2024-05-10');
      expect(report.facts.map((fact) => [fact.metric, fact.low, fact.status])).toEqual([['trucks', 100 + n, 'candidate']]);
    }
    expect(await prisma.reportExtraction.count({ where: { state: 'done' } })).toBe(47);
    expect(await prisma.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({
      lastItemsTaken: 48,
      lastError: null,
      lastRunAt: expect.any(Date),
    });

    // The next poll finds nothing new and stores nothing.
    await prisma.feed.update({ where: { id: feed.id }, data: { nextRunAt: new Date(0) } });
    const facts = await prisma.fact.count();
    await drain();
    expect(await prisma.report.count({ where: { ownerOrgId: org.id } })).toBe(50);
    expect(await prisma.fact.count()).toBe(facts);
    expect(await prisma.feed.findUniqueOrThrow({ where: { id: feed.id } })).toMatchObject({ lastItemsTaken: 0, lastError: null });
  });

  it('links an updated story to the stored one and proposes only its new figure', async () => {
    const first =
      'Convoy update 77\n\nOn Wednesday, 42 trucks carrying food left Eastport for the Lakeside camp, the convoy\u2019s organisers said.';
    const updated = `${first}\n\nLater on Thursday, about 1,500 people arrived at the Lakeside camp, camp officials said in a statement.`;
    routes['/story/77'] = send('text/html', storyPage('Convoy update 77', first));
    routes['/story/77-updated'] = send('text/html', storyPage('Convoy update 77 (updated)', updated));
    routes['/updates.xml'] = send(
      'application/rss+xml',
      `<rss version="2.0"><channel><title>U</title><item><title>u</title><link>${server.origin}/story/77</link></item></channel></rss>`,
    );
    const { feed } = await createFeedOwner('versions', `${server.origin}/updates.xml`);
    await drain();
    routes['/updates.xml'] = send(
      'application/rss+xml',
      `<rss version="2.0"><channel><title>U</title><item><title>u2</title><link>${server.origin}/story/77-updated</link></item></channel></rss>`,
    );
    await prisma.feed.update({ where: { id: feed.id }, data: { nextRunAt: new Date(0) } });
    await drain();
    const [earlier, later] = await prisma.report.findMany({
      where: { title: { startsWith: 'Convoy update 77' } },
      include: { facts: true },
      orderBy: { createdAt: 'asc' },
    });
    expect(later.previousVersionId).toBe(earlier.id);
    expect(earlier.facts.map((fact) => fact.metric)).toEqual(['trucks']);
    expect(later.facts.map((fact) => [fact.metric, fact.low])).toEqual([['people_arrived', 1500]]);
  });

  it('records a feed that cannot be read with its error, and reads Atom', async () => {
    routes['/broken.xml'] = send('application/rss+xml', '<rss><channel><item>');
    const broken = await createFeedOwner('broken', `${server.origin}/broken.xml`);
    const refused = await prisma.feed.create({
      data: { name: 'Inside', url: 'http://10.0.0.7/feed', ownerOrgId: broken.org.id, intervalMinutes: 30 },
    });
    await pollFeed(prisma, broken.feed.id);
    await pollFeed(prisma, refused.id);
    expect((await prisma.feed.findUniqueOrThrow({ where: { id: broken.feed.id } })).lastError).toMatch(/RSS 2.0 or Atom|well-formed/);
    expect((await prisma.feed.findUniqueOrThrow({ where: { id: refused.id } })).lastError).toMatch(/private address/);
    await prisma.feed.deleteMany({ where: { id: { in: [broken.feed.id, refused.id] } } });
    const atom = await createFeedOwner('atom', `${server.origin}/atom.xml`);
    await drain();
    expect(
      await prisma.feedItem.findMany({ where: { feedId: atom.feed.id }, select: { key: true, state: true }, orderBy: { key: 'asc' } }),
    ).toEqual([
      { key: 'urn:story:1', state: 'stored' },
      { key: 'urn:story:2', state: 'stored' },
    ]);
  });
});
