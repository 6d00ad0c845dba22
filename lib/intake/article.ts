import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { safeFetch, FetchRefusal, PAGE_TYPES, type Fetched } from '@/lib/intake/fetch';
import { readPageMetadata, type PageMetadata } from '@/lib/intake/metadata';
import { htmlToText, tidyWhitespace } from '@/lib/reports/html-text';
import { readPdfText } from '@/lib/reports/pdf-text';

/** A report read from a link: the fields it could fill, and what it could not read, in words. */
export type LinkedReport = PageMetadata & { url: string; text: string; missing: string[] };

export type ReadLinkResult = { ok: true; report: LinkedReport } | { ok: false; message: string };

/** Fetches a link safely and reads the report in it (web page, PDF or plain text). */
export async function readReportLink(link: string): Promise<ReadLinkResult> {
  try {
    const fetched = await safeFetch(link, { accept: PAGE_TYPES });
    const read = await readBody(fetched);
    if (!read.ok) return read;
    return { ok: true, report: { ...read.page, url: fetched.url, missing: missingFields(read.page) } };
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, message: error.message };
    throw error;
  }
}

type ReadPage = PageMetadata & { text: string };

export async function readBody({
  contentType,
  charset,
  body,
}: Pick<Fetched, 'contentType' | 'charset' | 'body'>): Promise<{ ok: true; page: ReadPage } | { ok: false; message: string }> {
  if (contentType === 'application/pdf') {
    const pdf = await readPdfText(new Uint8Array(body));
    if (!pdf.ok)
      return {
        ok: false,
        message:
          pdf.reason === 'no-text'
            ? 'The PDF at this link has no text layer (probably a scan). Run text recognition (OCR) first, or paste the text.'
            : 'The PDF at this link could not be opened. Download it and paste the text.',
      };
    const text = tidyWhitespace(pdf.text);
    return { ok: true, page: { title: firstLine(text), publisher: null, publishedDate: null, text } };
  }
  const decoded = decode(body, charset);
  if (contentType === 'text/plain') {
    const text = tidyWhitespace(decoded);
    return { ok: true, page: { title: firstLine(text), publisher: null, publishedDate: null, text } };
  }
  return { ok: true, page: readArticle(decoded) };
}

/** The article of an HTML page: Readability finds the main text, the page's metadata the rest. */
export function readArticle(html: string): ReadPage {
  const metadata = readPageMetadata(parseHTML(html).document);
  // Readability changes the document it reads, so it gets its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document).parse();
  const text = article?.content ? htmlToText(article.content) : htmlToText(html);
  return {
    title: metadata.title ?? article?.title?.trim() ?? null,
    publisher: metadata.publisher ?? article?.siteName?.trim() ?? null,
    publishedDate: metadata.publishedDate,
    text,
  };
}

function missingFields(page: ReadPage): string[] {
  const missing: string[] = [];
  if (!page.title) missing.push('title');
  if (!page.publisher) missing.push('publisher');
  if (!page.publishedDate) missing.push('published date');
  if (!page.text) missing.push('text');
  return missing;
}

function firstLine(text: string): string | null {
  const line = text.split('\n').find((candidate) => candidate.trim());
  return line && line.length <= 300 ? line.trim() : null;
}

function decode(body: Buffer, declared: string | null): string {
  const charset = declared ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(body.subarray(0, 2048).toString('latin1'))?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(charset.toLowerCase()).decode(body);
  } catch {
    return new TextDecoder('utf-8').decode(body);
  }
}
