/** Extraction of facts from report text: `(text, { published, publisher }) -> facts[]`. */
export { extractFacts, type ExtractedFact, type ReportContext } from './pipeline';
export { resolveOrganizationName } from './organizations';
