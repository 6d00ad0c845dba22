import { BULK_COLUMNS, BULK_LABELS, type BulkRow, type BulkRowErrors } from '@/lib/entry/bulk-rows';

type Props = {
  index: number;
  row: BulkRow;
  errors?: BulkRowErrors;
  onChange: (row: number, column: keyof BulkRow, value: string) => void;
  onPaste: (row: number, column: keyof BulkRow, text: string) => void;
  onRemove: () => void;
};

/** One log row; its problems are listed under it and each bad cell points at them. */
export function BulkTableRow({ index, row, errors, onChange, onPaste, onRemove }: Props) {
  const errorId = `bulk-row-${index}-errors`;
  return (
    <>
      <tr>
        <th scope="row">{index + 1}</th>
        {BULK_COLUMNS.map((column) => (
          <td key={column}>
            <input
              aria-label={`${BULK_LABELS[column]}, row ${index + 1}`}
              aria-invalid={errors?.[column] ? true : undefined}
              aria-describedby={errors?.[column] ? errorId : undefined}
              value={row[column]}
              list={column === 'location' || column === 'origin' || column === 'destination' ? 'bulk-locations' : undefined}
              size={column === 'note' || column === 'location' ? 16 : column === 'date' ? 11 : 8}
              onChange={(event) => onChange(index, column, event.target.value)}
              onPaste={(event) => {
                const text = event.clipboardData.getData('text/plain');
                if (!/[\t\n]/.test(text.trim())) return;
                event.preventDefault();
                onPaste(index, column, text);
              }}
            />
          </td>
        ))}
        <td>
          <button type="button" className="button button-secondary" onClick={onRemove} aria-label={`Remove row ${index + 1}`}>
            ×
          </button>
        </td>
      </tr>
      {errors && (
        <tr>
          <td />
          <td colSpan={BULK_COLUMNS.length + 1} id={errorId} className="field-error">
            Row {index + 1}:{' '}
            {Object.entries(errors)
              .map(([column, message]) => `${BULK_LABELS[column as keyof BulkRow]}: ${message}`)
              .join(' ')}
          </td>
        </tr>
      )}
    </>
  );
}
