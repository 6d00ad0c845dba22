import { PERSONAL_DATA_LABELS, type PersonalDataFinding } from '@/lib/reports/personal-data';

/** Shown to reviewers before anything is published: what in the text looks like personal data. */
export function PersonalDataWarning({ findings, isPublic }: { findings: PersonalDataFinding[]; isPublic: boolean }) {
  if (findings.length === 0) return null;
  return (
    <section className="alert alert-warning" aria-labelledby="personal-data-heading">
      <h2 id="personal-data-heading">This text may contain personal data</h2>
      <ul>
        {findings.slice(0, 10).map((finding) => (
          <li key={finding.start}>
            {PERSONAL_DATA_LABELS[finding.kind]}: <q>{finding.text}</q>
          </li>
        ))}
        {findings.length > 10 ? <li>… and {findings.length - 10} more</li> : null}
      </ul>
      <p>
        {isPublic
          ? 'Confirming figures publishes this report, text included, to everyone. Restrict the report to your organization, or tick the box below once you have checked that publishing is safe.'
          : 'The report is restricted: only your organization sees it.'}
      </p>
    </section>
  );
}
