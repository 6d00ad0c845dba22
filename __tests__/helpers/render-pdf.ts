import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildSync } from 'esbuild';
import type { SummaryDocument } from '@/lib/export/summary-document';

/**
 * Renders the situation summary PDF and extracts its text (unpdf) with the real lib/export/to-pdf.tsx, in a child Node
 * process: react-pdf's layout engine (yoga-layout) is an ES module with top-level await, which
 * Jest's CommonJS runtime on Node 20 cannot load. esbuild (tsx's) bundles our code and leaves
 * node_modules to Node's own ESM loader, as Next does on the server.
 */
export type RenderedPdf = { pdf: Uint8Array; text: string; totalPages: number };

export function renderPdfOutsideJest(document: SummaryDocument): RenderedPdf {
  // Inside the project, so the bundle's bare imports resolve from its node_modules (ESM ignores NODE_PATH).
  const cache = path.join(process.cwd(), 'node_modules', '.cache');
  mkdirSync(cache, { recursive: true });
  const folder = mkdtempSync(path.join(cache, 'sitrep-pdf-'));
  try {
    const bundle = path.join(folder, 'to-pdf.mjs');
    buildSync({
      entryPoints: ['lib/export/to-pdf.tsx'],
      bundle: true,
      format: 'esm',
      platform: 'node',
      packages: 'external',
      jsx: 'automatic',
      outfile: bundle,
      logLevel: 'error',
    });
    writeFileSync(path.join(folder, 'document.json'), JSON.stringify(document));
    const script = `
      import { readFileSync, writeFileSync } from 'node:fs';
      const { renderSummaryPdf } = await import(${JSON.stringify(bundle)});
      const document = JSON.parse(readFileSync(${JSON.stringify(path.join(folder, 'document.json'))}, 'utf8'));
      document.context.generatedAt = new Date(document.context.generatedAt);
      const pdf = await renderSummaryPdf(document);
      writeFileSync(${JSON.stringify(path.join(folder, 'out.pdf'))}, pdf);
      // unpdf loads pdf.js with a dynamic import, which Jest's runtime refuses as well.
      const { extractText, getDocumentProxy } = await import('unpdf');
      const { text, totalPages } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
      writeFileSync(${JSON.stringify(path.join(folder, 'text.json'))}, JSON.stringify({ text, totalPages }));`;
    const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`PDF rendering failed: ${run.stderr}`);
    const { text, totalPages } = JSON.parse(readFileSync(path.join(folder, 'text.json'), 'utf8'));
    return { pdf: new Uint8Array(readFileSync(path.join(folder, 'out.pdf'))), text, totalPages };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
