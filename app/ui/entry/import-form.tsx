'use client';

import { useActionState, useState } from 'react';
import { importStagedFile, type ImportState } from '@/lib/actions/import';
import type { ImportPreview } from '@/lib/import/run';
import { ImportPreviewPanel } from '@/app/ui/entry/import-preview';

type Checked = { token: string; fileName: string; preview: ImportPreview };

/**
 * Step 1 sends the file to be checked (nothing is stored); step 2 imports what the preview showed.
 * Choosing another file starts again.
 */
export function ImportForm({ organizations }: { organizations: { id: string; name: string }[] }) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [isChecking, setIsChecking] = useState(false);
  const [result, importAction, isImporting] = useActionState<ImportState, FormData>(importStagedFile, {});

  async function handleCheck(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const file = form.get('file');
    setChecked(null);
    if (!(file instanceof File) || file.size === 0) return setProblem('Choose a CSV file first.');
    setProblem(null);
    setIsChecking(true);
    try {
      const query = new URLSearchParams({ owner: String(form.get('ownerOrgId') ?? ''), name: file.name });
      const response = await fetch(`/facts/import/preview?${query}`, {
        method: 'POST',
        body: file,
        headers: { 'content-type': 'text/csv' },
      });
      const body = await response.json();
      if (!response.ok) setProblem(body.message ?? 'The file could not be checked.');
      else setChecked(body as Checked);
    } catch {
      setProblem('The file could not be sent. Check your connection and try again; nothing was imported.');
    } finally {
      setIsChecking(false);
    }
  }

  return (
    <>
      <form onSubmit={handleCheck} className="panel" onChange={() => setChecked(null)}>
        <h2>1. Check a file</h2>
        {organizations.length === 1 ? (
          <p className="field">
            Imported for <strong>{organizations[0].name}</strong>
            <input type="hidden" name="ownerOrgId" value={organizations[0].id} />
          </p>
        ) : (
          <div className="field">
            <label htmlFor="import-owner">Imported for</label>
            <select id="import-owner" name="ownerOrgId">
              {organizations.map((org) => (
                <option key={org.id} value={org.id}>
                  {org.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div className="field">
          <label htmlFor="import-file">CSV file</label>
          <input
            id="import-file"
            name="file"
            type="file"
            accept=".csv,text/csv"
            aria-describedby="import-file-hint"
            aria-invalid={problem ? true : undefined}
          />
          <p id="import-file-hint" className="field-hint">
            A header row with columns such as date, metric, measure, value (or low and high), unit, location, parent location, origin,
            destination, source organization, excerpt. Sitrep&apos;s own export (with or without its row of HXL hashtags) works as it is.{' '}
            <a href="/facts/import/template" download>
              Download a template CSV
            </a>{' '}
            with every column, its HXL hashtag and one example row.
          </p>
        </div>
        <button type="submit" className="button" disabled={isChecking}>
          {isChecking ? 'Checking…' : 'Check file'}
        </button>
        <div aria-live="polite">{problem && <p className="alert alert-error">{problem}</p>}</div>
      </form>
      {checked && (
        <form action={importAction} className="panel">
          <h2>2. Preview of {checked.fileName}</h2>
          <ImportPreviewPanel preview={checked.preview} />
          <input type="hidden" name="token" value={checked.token} />
          {/* No import button when nothing can be imported: the preview says what to fix instead. */}
          {!result.isDone && isImportable(checked.preview) && (
            <button type="submit" className="button" disabled={isImporting}>
              {isImporting ? 'Importing…' : `Import ${checked.preview.newCount} ${checked.preview.newCount === 1 ? 'figure' : 'figures'}`}
            </button>
          )}
          <div aria-live="polite">
            {result.message && <p className={`alert ${result.isDone ? 'alert-success' : 'alert-error'}`}>{result.message}</p>}
          </div>
        </form>
      )}
    </>
  );
}

function isImportable(preview: ImportPreview): boolean {
  return preview.errorCount === 0 && preview.missing.length === 0 && preview.newCount > 0;
}
