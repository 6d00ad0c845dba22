/** Label, input, hint and errors wired together: aria-invalid and aria-describedby point at the error. */
export function Field({
  name,
  label,
  errors,
  hint,
  ...input
}: { name: string; label: string; errors?: string[]; hint?: string } & React.InputHTMLAttributes<HTMLInputElement>) {
  // Several forms on one page (one per organization) pass their own id to keep ids unique.
  const inputId = input.id ?? name;
  const errorId = `${inputId}-error`;
  const hintId = `${inputId}-hint`;
  const describedBy = [hint ? hintId : null, errors?.length ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input {...input} id={inputId} name={name} aria-invalid={errors?.length ? true : undefined} aria-describedby={describedBy} />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <p id={errorId} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
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
