import { z } from 'zod';

/**
 * Strict primitives for every action and route schema. Nothing is coerced: null, booleans,
 * arrays, hex ("0x10"), exponents ("1e3"), empty strings and "-0" are refused where a number is
 * expected, with a message that says what to type. Text is NFC-normalized and refuses control
 * characters, bidirectional overrides and broken Unicode (what invalid UTF-8 decodes to).
 */

/** A plain decimal as people type it: digits, an optional sign and fraction. No hex, no exponent. */
const DECIMAL = /^[+-]?\d+(\.\d+)?$/;

/** A number given as a JSON number or as a decimal string; anything else is refused. */
export function strictNumber(message = 'Enter a number, for example 2000.') {
  return z.unknown().transform((value, ctx) => {
    const number = readNumber(value);
    if (number === null) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return number;
  });
}

function readNumber(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return DECIMAL.test(trimmed) ? Number(trimmed) : null;
}

/** A count: a strict number that is not negative (not even -0) and at most `max`. */
export function strictCount(max: number, messages: { invalid?: string; negative?: string; tooLarge?: string } = {}) {
  return strictNumber(messages.invalid).superRefine((value, ctx) => {
    if (value < 0 || Object.is(value, -0)) ctx.addIssue({ code: 'custom', message: messages.negative ?? 'A count cannot be negative.' });
    else if (value > max) ctx.addIssue({ code: 'custom', message: messages.tooLarge ?? 'This number is too large to be a count.' });
  });
}

/** A positive whole number such as a record version. */
export function strictPositiveInteger(message: string) {
  return strictNumber(message).refine((value) => Number.isInteger(value) && value > 0, message);
}

/** Only true or false (a form's "true"/"false" too); never 1, "yes" or null. */
export function strictBoolean(message = 'Choose yes or no.') {
  return z.unknown().transform((value, ctx) => {
    if (value === true || value === 'true') return true;
    if (value === false || value === 'false') return false;
    ctx.addIssue({ code: 'custom', message });
    return z.NEVER;
  });
}

// C0 controls except tab, line feed and carriage return; DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// Bidirectional embeddings, overrides and isolates: they make text read differently than stored.
const BIDI = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/;
// What a decoder makes of invalid UTF-8.
const REPLACEMENT = /\ufffd/;

/** Why a text is refused, or null when it is clean. */
export function textProblem(value: string, allowLineBreaks = false): string | null {
  if (!value.isWellFormed() || REPLACEMENT.test(value))
    return 'contains broken characters (invalid UTF-8); retype it or save the file as UTF-8';
  if (CONTROL.test(value) || (!allowLineBreaks && /[\t\n\r]/.test(value)))
    return 'contains a control character; retype it without invisible characters';
  if (BIDI.test(value)) return 'contains a text-direction override character; retype it without it';
  return null;
}

/** One-line text: NFC-normalized, spaces collapsed, 1..max characters, nothing invisible. */
export function cleanText(label: string, max = 200, options: { optional?: boolean; multiline?: boolean } = {}) {
  return z
    .string({ error: `Enter the ${label}.` })
    .transform((value, ctx) => {
      const problem = textProblem(value, options.multiline);
      if (problem) {
        ctx.addIssue({ code: 'custom', message: `The ${label} ${problem}.` });
        return z.NEVER;
      }
      const normalized = value.normalize('NFC');
      return options.multiline ? normalized.trim() : normalized.trim().replace(/\s+/g, ' ');
    })
    .pipe(
      z
        .string()
        .min(options.optional ? 0 : 1, `Enter the ${label}.`)
        .max(max, `The ${label} is too long (at most ${max} characters).`),
    );
}

/** An organization or location name: clean text that contains at least one letter. */
export function placeName(label: string, max = 200) {
  return cleanText(label, max).refine((value) => /\p{L}/u.test(value), `The ${label} must contain at least one letter.`);
}
