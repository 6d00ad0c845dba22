import { send, startPageServer, type PageServer } from '../../helpers/page-server';

/** The port playwright.config.ts lets the app fetch from (SITREP_FETCH_ALLOW_HOSTS). */
export const ARTICLE_PORT = Number(process.env.E2E_PAGE_PORT ?? Number(process.env.E2E_PORT ?? 3102) + 1000);

export type Article = { path: string; title: string; publisher: string; published: string; paragraphs: string[] };

/** A news page of the usual shape: Open Graph and JSON-LD metadata, navigation and an advert around the article. */
export function articleHtml({ title, publisher, published, paragraphs }: Article): string {
  const jsonLd = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: title,
    datePublished: `${published}T09:30:00+02:00`,
    publisher: { '@type': 'Organization', name: publisher },
  });
  return `<!doctype html><html lang="en"><head><meta charset="utf-8" />
<title>${title} | ${publisher}</title>
<meta property="og:title" content="${title}" /><meta property="og:site_name" content="${publisher}" />
<meta property="article:published_time" content="${published}T09:30:00+02:00" />
<script type="application/ld+json">${jsonLd}</script></head>
<body><header><nav><a href="/">Home</a> <a href="/region">Region</a></nav></header>
<div class="ad">Advertisement: the weekly digest, free</div>
<main><article><h1>${title}</h1><p class="byline">By a correspondent · <time datetime="${published}">${published}</time></p>
${paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n')}
</article><aside><h2>More stories</h2><ul><li><a href="/x">Harvest festival returns</a></li></ul></aside></main>
<footer>© ${publisher}</footer></body></html>`;
}

/** A real HTTP server on 127.0.0.1 serving the articles at their paths. */
export function serveArticles(articles: Article[]): Promise<PageServer> {
  return startPageServer(
    Object.fromEntries(articles.map((article) => [article.path, send('text/html; charset=utf-8', articleHtml(article))])),
    ARTICLE_PORT,
  );
}
