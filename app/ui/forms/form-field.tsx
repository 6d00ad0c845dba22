/** A labelled input with its hint and error, wired for screen readers (aria-describedby, aria-invalid). */
export function FormField({
  id,
  label,
  hint,
  errors,
  children,
}: {
  id: string;
  label: string;
  hint?: React.ReactNode;
  errors?: string[];
  children: (describedBy: { 'aria-describedby'?: string; 'aria-invalid'?: boolean; id: string }) => React.ReactNode;
}) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-describedby': describedBy, 'aria-invalid': errorId ? true : undefined })}
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {errorId && (
        <p id={errorId} className="field-error">
          {errors!.join(' ')}
        </p>
      )}
    </div>
  );
}

/** The form's announced summary: what went wrong overall, with links to each field in error. */
export function ErrorSummary({
  message,
  errors,
  labels,
}: {
  message?: string;
  errors?: Partial<Record<string, string[]>>;
  labels: Record<string, string>;
}) {
  const fields = Object.entries(errors ?? {}).filter(([, list]) => list && list.length > 0);
  return (
    <div aria-live="polite" aria-atomic="true">
      {(message || fields.length > 0) && (
        <div className="alert alert-error">
          <p style={{ margin: 0 }}>{message ?? 'The fact was not saved. Check the fields marked below.'}</p>
          {fields.length > 0 && (
            <ul>
              {fields.map(([field, list]) => (
                <li key={field}>
                  <a href={`#fact-${field}`}>{labels[field] ?? field}</a>: {list![0]}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

/** The common case: one labelled <input>, its hint and errors (the sign-in, member and two-step forms). */
export function Field({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  // Several forms on one page (one per organization) pass their own id to keep ids unique.
  return (
    <FormField id={input.id ?? name} label={label} hint={hint} errors={errors}>
      {(aria) => <input {...input} {...aria} name={name} />}
    </FormField>
  );
}

/** The form's summary line, announced to screen readers when it changes. */
export function FormMessage({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role="status">
      {message ? <p className={`alert ${ok ? 'alert-success' : 'alert-error'}`}>{message}</p> : null}
    </div>
  );
}
