import { METRIC_LABELS, type Metric } from '@/lib/facts/vocabulary';
import type { FactFormValues } from '@/lib/validation/fact-form';

/**
 * Shown when someone saved the fact after this form was opened: their values, side by side
 * with nothing lost. The user either reloads their version or saves over it on purpose.
 */
export function ConflictNotice({ values, version, labels }: { values: FactFormValues; version: number; labels: Record<string, string> }) {
  return (
    <section className="alert alert-warning" aria-labelledby="conflict-heading">
      <h2 id="conflict-heading">Someone else saved a newer version</h2>
      <p>Their values are below. Your entries are still in the form.</p>
      <table>
        <caption className="visually-hidden">The newer values saved by someone else</caption>
        <tbody>
          {(Object.keys(labels) as (keyof FactFormValues)[]).map((field) => (
            <tr key={field}>
              <th scope="row">{labels[field]}</th>
              <td>{(field === 'metric' ? METRIC_LABELS[values.metric as Metric] : values[field]) || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row" style={{ marginTop: 'var(--space-3)' }}>
        <a className="button button-secondary" href="?">
          Discard mine and load their version
        </a>
        <button type="submit" className="button" name="overrideVersion" value={String(version)}>
          Save my version over theirs
        </button>
      </div>
    </section>
  );
}
