import type { z } from 'zod';

/** What every form action returns: an error list per field plus one message for the summary. */
export type FormState<Field extends string = string> = {
  errors?: Partial<Record<Field, string[]>>;
  message?: string;
  ok?: boolean;
};

/** All field errors of a failed parse, keyed by field name (never just the first one). */
export function fieldErrorsOf<Field extends string>(error: z.ZodError): Partial<Record<Field, string[]>> {
  const errors: Partial<Record<Field, string[]>> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? 'form') as Field;
    (errors[field] ??= []).push(issue.message);
  }
  return errors;
}

/** FormData to a plain object of strings, for zod. Files and repeated names are not used by these forms. */
export function formValues(formData: FormData, names: readonly string[]): Record<string, string> {
  return Object.fromEntries(names.map((name) => [name, String(formData.get(name) ?? '')]));
}
