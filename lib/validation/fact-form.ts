import { FactInputSchema, type FactInput } from '@/lib/validation/fact';
import { parseFigureText } from '@/lib/validation/figure-text';

/** What the one-fact form sends: the figure as typed ("about 2,000") instead of low/high/qualifier. */
const CORE_FIELDS = ['metric', 'value', 'unit', 'location', 'date', 'datePrecision', 'sourceOrg', 'excerpt', 'sensitivity'] as const;
/** Optional boxes: blank means the metric's default measure, no period, no route, no parent for a new place. */
const OPTIONAL_FIELDS = ['measure', 'periodStart', 'origin', 'destination', 'locationParent'] as const;
export const FACT_FORM_FIELDS = [...CORE_FIELDS, ...OPTIONAL_FIELDS] as const;
export type FactFormField = (typeof FACT_FORM_FIELDS)[number];
export type FactFormValues = Record<(typeof CORE_FIELDS)[number], string> & Partial<Record<(typeof OPTIONAL_FIELDS)[number], string>>;
export type FactFormErrors = Partial<Record<FactFormField, string[]>>;

export type FactFormReading = { ok: true; fact: FactInput } | { ok: false; errors: FactFormErrors };

/** Browsers cap nothing by themselves: anything longer than this is cut before validation sees it. */
const MAX_FIELD_LENGTH = 5_000;

/** The form's fields as strings (a file or a missing field is an empty string). */
export function readFactFormValues(formData: FormData): FactFormValues {
  const values = {} as FactFormValues;
  for (const field of FACT_FORM_FIELDS) {
    const value = formData.get(field);
    values[field] = typeof value === 'string' ? value : '';
  }
  return values;
}

/**
 * Validates the form exactly as the server will: the figure text is read into low/high/qualifier,
 * then FactInputSchema checks the whole fact. Runs in the browser before submit and in the action.
 */
export function readFactForm(values: FactFormValues): FactFormReading {
  const errors: FactFormErrors = {};
  const figure = parseFigureText(values.value.slice(0, MAX_FIELD_LENGTH));
  if (!figure.ok) errors.value = [figure.message];
  const candidate = {
    ...Object.fromEntries(FACT_FORM_FIELDS.map((field) => [field, cut(values[field] ?? '')])),
    ...(figure.ok ? figure.reading : { low: 0, high: 0, qualifier: 'exact' }),
    sensitivity: values.sensitivity || 'public',
    datePrecision: values.datePrecision || 'day',
  };
  const result = FactInputSchema.safeParse(candidate);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = formFieldOf(String(issue.path[0] ?? 'value'));
      if (field === 'value' && !figure.ok) continue;
      (errors[field] ??= []).push(issue.message);
    }
  }
  for (const field of FACT_FORM_FIELDS)
    if (tooLong(values[field] ?? '')) errors[field] = [`This is far too long (at most ${MAX_FIELD_LENGTH} characters). Shorten it.`];
  if (Object.keys(errors).length > 0 || !result.success) return { ok: false, errors };
  return { ok: true, fact: result.data };
}

function cut(value: string): string {
  return tooLong(value) ? value.slice(0, MAX_FIELD_LENGTH) + '…' : value;
}

function tooLong(value: string): boolean {
  return value.length > MAX_FIELD_LENGTH;
}

/** low, high and qualifier all come from the one "Value" box, so their messages belong there. */
function formFieldOf(path: string): FactFormField {
  if (path === 'low' || path === 'high' || path === 'qualifier') return 'value';
  return (FACT_FORM_FIELDS as readonly string[]).includes(path) ? (path as FactFormField) : 'value';
}
