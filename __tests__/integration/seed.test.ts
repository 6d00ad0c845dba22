import path from 'node:path';
import { prisma } from '@/lib/prisma';
import { seedExamples } from '@/prisma/seed/seed-examples';

const DATA = path.join(process.cwd(), 'data');

describe('example data', () => {
  it('loads the AFP seed report with its six labelled facts, confirmed and located in the text', async () => {
    await seedExamples(prisma, DATA);
    const report = await prisma.report.findFirstOrThrow({
      where: { publishedDate: '2019-03-01', publisher: { OR: [{ name: 'AFP' }, { shortName: 'AFP' }] } },
      include: { facts: { include: { location: true, sourceOrg: true } } },
    });
    expect(report.facts).toHaveLength(6);
    // The seed file kept no headline: the title names the source and day instead of the file's note.
    expect(report.title).toBe('AFP report of 1 Mar 2019');
    for (const fact of report.facts) {
      expect(fact.status).toBe('confirmed');
      expect(report.text.slice(fact.excerptStart!, fact.excerptEnd!)).toBe(fact.excerpt);
    }
    const trucks = report.facts.find((fact) => fact.metric === 'trucks');
    expect(trucks).toMatchObject({ low: 15, high: 15, date: '2019-02-27', qualifier: 'exact' });
    expect(trucks?.location.name).toBe('Baghouz');
    const irc = report.facts.find((fact) => fact.metric === 'camp_population');
    expect(irc?.sourceOrg.name).toBe('International Rescue Committee');
  });

  it("renames a report stored under the seed file's note when run again", async () => {
    const report = await prisma.report.findFirstOrThrow({ where: { title: 'AFP report of 1 Mar 2019' } });
    await prisma.report.update({ where: { id: report.id }, data: { title: '[no headline in seed] Hundreds board trucks' } });
    await seedExamples(prisma, DATA);
    expect((await prisma.report.findUniqueOrThrow({ where: { id: report.id } })).title).toBe('AFP report of 1 Mar 2019');
  });

  it('adds nothing when run a second time', async () => {
    const before = { facts: await prisma.fact.count(), reports: await prisma.report.count(), orgs: await prisma.organization.count() };
    const summary = await seedExamples(prisma, DATA);
    expect(summary).toEqual({ reports: 0, facts: 0 });
    expect({ facts: await prisma.fact.count(), reports: await prisma.report.count(), orgs: await prisma.organization.count() }).toEqual(
      before,
    );
  });

  it('writes an audit entry for every seeded fact', async () => {
    const facts = await prisma.fact.count();
    expect(await prisma.auditEntry.count({ where: { entityType: 'fact', action: 'create' } })).toBe(facts);
  });
});
