import { InlineCode } from '@/app/ui/api-docs/inline-code';
import type { FieldDescription } from '@/lib/api/describe';

/** Parameters or response fields: name, type and meaning. */
export function FieldTable({ caption, fields }: { caption: string; fields: FieldDescription[] }) {
  if (fields.length === 0) return null;
  // On a phone the table scrolls inside its own box (focusable, so a keyboard can scroll it too).
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {fields.map((field) => (
            <tr key={field.name}>
              <td>
                <code>{field.name}</code>
              </td>
              <td>{field.type}</td>
              <td>
                <InlineCode text={field.description} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
