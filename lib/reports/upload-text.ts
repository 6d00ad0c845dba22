import { htmlToText, tidyWhitespace } from '@/lib/reports/html-text';
import { MAX_REPORT_BYTES, MAX_REPORT_LABEL, REPORT_FILE_TYPES } from '@/lib/reports/limits';
import { readPdfText } from '@/lib/reports/pdf-text';

export type UploadTextResult = { ok: true; text: string } | { ok: false; message: string };

type UploadedFile = { name: string; size: number; arrayBuffer(): Promise<ArrayBuffer> };

/**
 * The report text inside an uploaded file, or a message saying what to do instead. The type is
 * decided by the file's content where it can be (a PDF starts with "%PDF-"), else by its name.
 */
export async function readUploadedReport(file: UploadedFile): Promise<UploadTextResult> {
  if (file.size > MAX_REPORT_BYTES)
    return { ok: false, message: `The file is larger than ${MAX_REPORT_LABEL}. Split the report or paste the relevant part.` };
  if (file.size === 0) return { ok: false, message: 'The file is empty. Choose the file again, or paste the text.' };
  const extension = fileExtension(file.name);
  if (!(REPORT_FILE_TYPES as readonly string[]).includes(extension)) {
    return {
      ok: false,
      message: `Sitrep reads ${REPORT_FILE_TYPES.join(', ')} files. Save the report in one of these formats, or paste the text.`,
    };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (extension === '.pdf' || startsWithPdfSignature(bytes)) return readPdf(bytes);
  const decoded = decodeText(bytes);
  if (decoded === null)
    return { ok: false, message: 'This file could not be read as text. Save it as plain text (UTF-8) and upload it again.' };
  const text = extension === '.html' || extension === '.htm' ? htmlToText(decoded) : tidyWhitespace(decoded);
  if (!text) return { ok: false, message: 'The file contains no text.' };
  return { ok: true, text };
}

async function readPdf(bytes: Uint8Array): Promise<UploadTextResult> {
  const result = await readPdfText(bytes);
  if (result.ok) return { ok: true, text: tidyWhitespace(result.text) };
  if (result.reason === 'no-text') {
    return {
      ok: false,
      message: 'This PDF has no text layer (it is probably a scan). Run it through text recognition (OCR) first, or paste the text.',
    };
  }
  return { ok: false, message: 'This PDF could not be opened: it may be damaged or password-protected. Paste the text instead.' };
}

function fileExtension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot).toLowerCase() : '';
}

function startsWithPdfSignature(bytes: Uint8Array): boolean {
  return bytes.length > 4 && String.fromCharCode(...bytes.subarray(0, 5)) === '%PDF-';
}

/** UTF-8 (with or without BOM), else Windows-1252, which most older office exports use; null for binary data. */
function decodeText(bytes: Uint8Array): string | null {
  if (bytes.includes(0)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
