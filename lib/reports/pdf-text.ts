/**
 * Text of a PDF, read on the server with unpdf (pdf.js in a serverless build: no worker, no
 * canvas, no network). Pages are joined by a blank line so paragraphs never run together.
 */
export type PdfTextResult = { ok: true; text: string; pages: number } | { ok: false; reason: 'unreadable' | 'no-text' };

export async function readPdfText(bytes: Uint8Array): Promise<PdfTextResult> {
  const { extractText, getDocumentProxy } = await import('unpdf');
  let pages: string[];
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy so the caller's stays usable.
    const document = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
    const result = await extractText(document, { mergePages: false });
    pages = result.text;
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  const text = pages
    .map((page) => page.trim())
    .filter(Boolean)
    .join('\n\n');
  // A scanned PDF is pictures of pages: pdf.js finds no text layer at all.
  if (!/[\p{L}\p{N}]/u.test(text)) return { ok: false, reason: 'no-text' };
  return { ok: true, text, pages: pages.length };
}
