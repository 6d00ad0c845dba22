import { createHash } from 'node:crypto';

/** Same text, whatever its line breaks and spacing: how a re-submitted report is recognised. */
export function reportTextHash(text: string): string {
  const normalized = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalized).digest('hex');
}
