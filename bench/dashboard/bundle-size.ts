import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The JavaScript a first visit to `/` downloads: the scripts the built HTML of the page
 * references (Next's app-build-manifest for the route plus the shared root files).
 */
export function measureFirstLoadJs(distDir: string): { files: number; rawBytes: number; gzipBytes: number } | null {
  const manifestFile = path.join(distDir, 'app-build-manifest.json');
  const buildManifestFile = path.join(distDir, 'build-manifest.json');
  if (!existsSync(buildManifestFile)) return null;
  const files = new Set<string>();
  const buildManifest = JSON.parse(readFileSync(buildManifestFile, 'utf8')) as { rootMainFiles?: string[]; polyfillFiles?: string[] };
  for (const file of buildManifest.rootMainFiles ?? []) files.add(file);
  if (existsSync(manifestFile)) {
    const pages = (JSON.parse(readFileSync(manifestFile, 'utf8')) as { pages: Record<string, string[]> }).pages;
    for (const key of ['/page', '/layout']) for (const file of pages[key] ?? []) files.add(file);
  }
  for (const file of pageClientReferenceChunks(distDir)) files.add(file);
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of [...files].filter((name) => name.endsWith('.js'))) {
    const content = readFileSync(path.join(distDir, file));
    rawBytes += content.length;
    gzipBytes += gzipSync(content, { level: 9 }).length;
  }
  return { files: files.size, rawBytes, gzipBytes };
}

/** Turbopack lists a route's client chunks in server/app/page_client-reference-manifest.js. */
function pageClientReferenceChunks(distDir: string): string[] {
  const file = path.join(distDir, 'server/app/page_client-reference-manifest.js');
  if (!existsSync(file)) return [];
  return [...new Set([...readFileSync(file, 'utf8').matchAll(/"(static\/chunks\/[^"]+\.js)"/g)].map((match) => match[1]))];
}
