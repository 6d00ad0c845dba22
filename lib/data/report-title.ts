import 'server-only';
import type { SessionUser } from '@/lib/auth/permissions';
import { prisma } from '@/lib/prisma';
import { readableReportsWhere } from '@/lib/reports/access';

/** A report's title for the page `<title>`; null when missing or not visible to the reader. */
export async function fetchReportTitle(id: string, reader: SessionUser | null): Promise<string | null> {
  const report = await prisma.report.findFirst({ where: { AND: [{ id }, readableReportsWhere(reader)] }, select: { title: true } });
  return report?.title ?? null;
}
