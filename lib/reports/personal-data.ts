/**
 * Finds what looks like personal data in a report before its figures are published: e-mail
 * addresses, phone numbers (and the name written next to one), ID numbers. It errs on the side
 * of warning: a reviewer dismisses a false alarm in a second, a published phone number stays out.
 */
export type PersonalDataKind = 'name-with-phone' | 'phone' | 'email' | 'id-number';

export type PersonalDataFinding = { kind: PersonalDataKind; start: number; end: number; text: string };

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, string> = {
  'name-with-phone': 'Name with a phone number',
  phone: 'Phone number',
  email: 'E-mail address',
  'id-number': 'ID number',
};

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[\p{L}]{2,}/gu;
// International (+963 …, 00963 …), or a local number starting with 0; separators are spaces,
// dots, dashes and brackets but never commas, so "1,200,000" is a figure, not a phone number.
const PHONE = /(?:\+|\b00)\d[\d \-.()]{6,18}\d|\b0\d{2,4}[ \-.]?\d{3}[ \-.]?\d{2,4}\b/g;
const LABELLED_PHONE = /\b(?:tel|phone|mobile|cell|whatsapp|call|contact)\b[.:]?\s*(?:on|at|number|no\.?)?\s*:?\s*(\d[\d \-.()]{5,18}\d)/gi;
const LABELLED_ID =
  /\b(?:national id|id card|id|passport|case|registration|reg\.|ration card|document)\s*(?:no\.?|number|#)?\s*[:#]?\s*([A-Z0-9][A-Z0-9-]{4,19})\b/gi;
const CODED_ID = /\b[A-Z]{1,3}-?\d{6,12}\b|\b\d{3}-\d{2}-\d{4}\b|\b\d{10,}\b/g;
// Two or more capitalised words (Ahmad Khalil, Mariam Al-Hassan) shortly before a phone number.
const NAME_BEFORE = /([\p{Lu}][\p{Ll}'’-]+(?:\s+(?:al-|el-|bin |de |van )?[\p{Lu}][\p{Ll}'’-]+)+)[^.\n]{0,40}$/u;

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  for (const match of text.matchAll(EMAIL)) findings.push(finding('email', match.index, match[0]));
  for (const phone of findPhones(text)) findings.push(withName(text, phone));
  for (const id of findIds(text)) findings.push(id);
  return dropOverlaps(findings);
}

function findPhones(text: string): PersonalDataFinding[] {
  const phones: PersonalDataFinding[] = [];
  for (const match of text.matchAll(PHONE)) {
    if (isPhoneLike(match[0])) phones.push(finding('phone', match.index, match[0].trim()));
  }
  for (const match of text.matchAll(LABELLED_PHONE)) {
    const number = match[1];
    if (digitCount(number) >= 7) phones.push(finding('phone', match.index + match[0].lastIndexOf(number), number));
  }
  return phones;
}

function findIds(text: string): PersonalDataFinding[] {
  const ids: PersonalDataFinding[] = [];
  for (const match of text.matchAll(LABELLED_ID)) {
    const value = match[1];
    // "ID" must be followed by something with digits, else "ID cards were distributed" would match.
    if (/\d/.test(value) && digitCount(value) >= 5 && !isDate(value))
      ids.push(finding('id-number', match.index + match[0].lastIndexOf(value), value));
  }
  for (const match of text.matchAll(CODED_ID)) {
    if (!isDate(match[0])) ids.push(finding('id-number', match.index, match[0]));
  }
  return ids;
}

function withName(text: string, phone: PersonalDataFinding): PersonalDataFinding {
  const before = text.slice(Math.max(0, phone.start - 80), phone.start);
  const name = NAME_BEFORE.exec(before);
  if (!name) return phone;
  const start = phone.start - before.length + name.index;
  return { kind: 'name-with-phone', start, end: phone.end, text: text.slice(start, phone.end) };
}

function isPhoneLike(candidate: string): boolean {
  const digits = digitCount(candidate);
  return digits >= 8 && digits <= 15 && !isDate(candidate.trim());
}

function isDate(value: string): boolean {
  return /^\d{4}[-./]\d{1,2}[-./]\d{1,2}$|^\d{1,2}[-./]\d{1,2}[-./]\d{2,4}$/.test(value);
}

function digitCount(value: string): number {
  return value.replace(/\D/g, '').length;
}

function finding(kind: PersonalDataKind, start: number, matched: string): PersonalDataFinding {
  return { kind, start, end: start + matched.length, text: matched };
}

/** One finding per stretch of text: a name-with-phone wins over the bare phone inside it. */
function dropOverlaps(findings: PersonalDataFinding[]): PersonalDataFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const kept: PersonalDataFinding[] = [];
  for (const item of sorted) {
    const last = kept[kept.length - 1];
    if (last && item.start < last.end) {
      if (item.end - item.start > last.end - last.start) kept[kept.length - 1] = item;
      continue;
    }
    kept.push(item);
  }
  return kept;
}
