'use client';

import { startTransition, useActionState, useState } from 'react';
import type { BulkFormState } from '@/lib/actions/bulk-facts';
import {
  BULK_COLUMNS,
  BULK_LABELS,
  emptyBulkRow,
  parsePastedCells,
  readBulkRows,
  type BulkRow,
  type BulkRowErrors,
} from '@/lib/entry/bulk-rows';
import { BulkTableRow } from '@/app/ui/entry/bulk-table-row';

type Props = {
  action: (state: BulkFormState, formData: FormData) => Promise<BulkFormState>;
  token: string;
  owner: React.ReactNode;
  organizations: string[];
  locations: string[];
};

/**
 * A daily log as a table: one row per day or convoy, a figure per column. Pasting cells copied
 * from a spreadsheet fills the table from the cell pasted into. Checked in the browser with the
 * server's rules; every row is stored or none.
 */
export function BulkTable({ action, token, owner, organizations, locations }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const [rows, setRows] = useState<BulkRow[]>(() => [emptyBulkRow(), emptyBulkRow(), emptyBulkRow()]);
  const [local, setLocal] = useState<{ rowErrors: Record<number, BulkRowErrors>; sourceOrgError?: string } | null>(null);
  const rowErrors = local?.rowErrors ?? state.rowErrors ?? {};
  const sourceOrgError = local ? local.sourceOrgError : state.sourceOrgError;
  const message = local ? 'Nothing was saved. Fix the rows marked below.' : state.message;

  function updateCell(rowIndex: number, column: keyof BulkRow, value: string) {
    setRows((current) => current.map((row, index) => (index === rowIndex ? { ...row, [column]: value } : row)));
  }

  function pasteCells(rowIndex: number, column: keyof BulkRow, text: string) {
    const grid = parsePastedCells(text);
    const start = BULK_COLUMNS.indexOf(column);
    setRows((current) => {
      const next = [...current];
      grid.forEach((cells, offset) => {
        const row = { ...(next[rowIndex + offset] ?? emptyBulkRow()) };
        cells.forEach((cell, cellOffset) => {
          const target = BULK_COLUMNS[start + cellOffset];
          if (target) row[target] = cell;
        });
        next[rowIndex + offset] = row;
      });
      return next;
    });
  }

  function handleSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (isPending) return;
    const formData = new FormData(event.currentTarget);
    formData.set('rows', JSON.stringify(rows));
    const reading = readBulkRows(rows, String(formData.get('sourceOrg') ?? '').trim());
    if (!reading.ok) return setLocal({ rowErrors: reading.rowErrors, sourceOrgError: reading.sourceOrgError });
    setLocal(null);
    startTransition(() => formAction(formData));
  }

  const errorCount = Object.keys(rowErrors).length;
  return (
    <form onSubmit={handleSubmit} noValidate className="panel">
      <div aria-live="polite">
        {message && (
          <p className="alert alert-error">
            {message} {errorCount > 0 && `${errorCount} row${errorCount > 1 ? 's have' : ' has'} problems.`}
          </p>
        )}
      </div>
      <input type="hidden" name="idempotencyToken" value={token} />
      {owner}
      <div className="field">
        <label htmlFor="bulk-source">Organization</label>
        <input
          id="bulk-source"
          name="sourceOrg"
          list="bulk-organizations"
          autoComplete="off"
          aria-invalid={sourceOrgError ? true : undefined}
          aria-describedby={sourceOrgError ? 'bulk-source-error bulk-source-hint' : 'bulk-source-hint'}
        />
        <p id="bulk-source-hint" className="field-hint">
          Who counted or reports these figures. A new name is created when you save.
        </p>
        {sourceOrgError && (
          <p id="bulk-source-error" className="field-error">
            {sourceOrgError}
          </p>
        )}
      </div>
      <p className="field-hint" id="bulk-help">
        Dates as YYYY-MM-DD. Figures as 15, about 2,000, 2,000-3,000 or more than 500. To paste from a spreadsheet, copy the cells (date,
        location, trucks, convoys, departed, arrived, note) and paste into the first cell.
      </p>
      {/* position: relative keeps the visually hidden caption from widening the page on phones. */}
      <div className="table-wrap" style={{ position: 'relative' }}>
        <table aria-describedby="bulk-help">
          <caption className="visually-hidden">Daily log: one row per day or convoy</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              {BULK_COLUMNS.map((column) => (
                <th key={column} scope="col">
                  {BULK_LABELS[column]}
                </th>
              ))}
              <th scope="col">
                <span className="visually-hidden">Remove</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <BulkTableRow
                key={index}
                index={index}
                row={row}
                errors={rowErrors[index]}
                onChange={updateCell}
                onPaste={pasteCells}
                onRemove={() => setRows((current) => current.filter((_, i) => i !== index))}
              />
            ))}
          </tbody>
        </table>
      </div>
      <datalist id="bulk-organizations">
        {organizations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <datalist id="bulk-locations">
        {locations.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>
      <div className="row" style={{ marginTop: 'var(--space-3)' }}>
        <button type="button" className="button button-secondary" onClick={() => setRows((current) => [...current, emptyBulkRow()])}>
          Add row
        </button>
        <button type="submit" className="button" disabled={isPending}>
          {isPending ? 'Saving…' : 'Save all rows'}
        </button>
      </div>
    </form>
  );
}
