import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { FactCommand } from '@/app/ui/entry/fact-commands';
import { FactFields } from '@/app/ui/entry/fact-fields';
import { FactHistory } from '@/app/ui/facts/fact-history';
import { getReader } from '@/lib/auth/reader';
import { fetchFactDetail, fetchFactHistory } from '@/lib/data/fact-detail';

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const [{ id }, reader] = await Promise.all([params, getReader()]);
  return { title: (await fetchFactDetail(id, reader)) ? 'Figure' : 'Figure not found' };
}
export const dynamic = 'force-dynamic';

const SAVED_MESSAGES: Record<string, string> = {
  created: 'Figure saved.',
  edited: 'Changes saved.',
  deleted: 'Figure deleted. It no longer counts anywhere; an admin can restore it.',
  restored: 'Figure restored.',
};

export default async function Page({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ saved?: string }>;
}) {
  const [{ id }, { saved }, reader] = await Promise.all([params, searchParams, getReader()]);
  const detail = await fetchFactDetail(id, reader);
  if (!detail) notFound();
  const history = await fetchFactHistory(id, reader);
  const { fact, permissions } = detail;
  return (
    <>
      <h1>Figure</h1>
      <div aria-live="polite">{saved && SAVED_MESSAGES[saved] && <p className="alert alert-success">{SAVED_MESSAGES[saved]}</p>}</div>
      {fact.deletedAt && <p className="alert alert-warning">This figure is deleted: it is not counted on the dashboard or in exports.</p>}
      <section className="panel" aria-labelledby="fact-heading">
        <h2 id="fact-heading">What it says</h2>
        <FactFields fact={fact} />
        <div className="row">
          {permissions.canEdit && !fact.deletedAt && (
            <>
              <Link className="button" href={`/facts/${fact.id}/edit`}>
                Edit figure
              </Link>
              <FactCommand factId={fact.id} version={fact.version} kind="delete" />
            </>
          )}
          {permissions.canRestore && fact.deletedAt && <FactCommand factId={fact.id} version={fact.version} kind="restore" />}
        </div>
      </section>
      <section className="panel" aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <FactHistory entries={history} />
      </section>
    </>
  );
}
