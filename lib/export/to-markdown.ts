import { BUCKET_NOUN, chartPoints, chooseBucket, type ChartPoint } from '@/lib/export/chart-series';
import { describeFilters, describePeriod } from '@/lib/export/describe';
import { comparisonLines, keyMessageLines, placeTableLines } from '@/lib/export/markdown-sections';
import { runningTotalLines } from '@/lib/export/summary-running-totals';
import { splitKeyFigures, summaryPeriod, summaryTitle, type SummaryDocument } from '@/lib/export/summary-document';
import type { MetricSummary } from '@/lib/export/summary';
import { formatDay, formatFigure, formatNumber } from '@/lib/format';

/**
 * The situation summary as Markdown, to paste into an email, a wiki or a report: the same
 * sections as the PDF (key figures, trends, sources), charts as text sparklines with a table.
 */
const SPARKS = '▁▂▃▄▅▆▇█';

export function toMarkdown(document: SummaryDocument): string {
  const { context, summary } = document;
  const lines = [
    `# ${escapeMarkdown(summaryTitle(document))}`,
    '',
    `**Period:** ${describePeriod(context.filters.from ?? summary.firstDate, context.filters.to ?? summary.lastDate)}  `,
    `**Filters:** ${escapeMarkdown(describeFilters(context))}  `,
    `**Generated:** ${context.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC from ${formatNumber(summary.factCount)} confirmed facts`,
    '',
    ...keyMessageLines(document, escapeMarkdown),
    '## Key figures',
    '',
  ];
  const period = summaryPeriod(document);
  if (summary.metrics.length === 0 || !period) {
    lines.push('No confirmed figures match these filters.', '');
  } else {
    const { cards, others } = splitKeyFigures(summary.metrics);
    lines.push(FIGURE_TABLE_HEAD, ...cards.map(keyFigureRow), '');
    lines.push(...comparisonLines(document, cards, escapeMarkdown));
    if (others.length) lines.push('Also reported, in other units:', '', FIGURE_TABLE_HEAD, ...others.map(keyFigureRow), '');
    const totals = runningTotalLines(summary.metrics);
    if (totals.length)
      lines.push(
        'Running totals (listed apart, never added to the figures above):',
        '',
        ...totals.map(({ label, text }) => `- ${escapeMarkdown(`${label}: ${text}`)}`),
        '',
      );
    lines.push(
      `*How figures are counted:* ${summary.countingRule} Flows add up over places and days; stocks (camp population, people trapped, people in need) count each place's latest figure.`,
      '',
    );
    lines.push('## Over the period', '');
    for (const metric of cards) lines.push(...trendSection(metric, period));
    lines.push(...placeTableLines(document, escapeMarkdown));
  }
  lines.push('## Sources', '');
  if (summary.sources.length === 0) lines.push('No sources.');
  for (const source of summary.sources) {
    const title = source.url
      ? `[${escapeMarkdown(source.title)}](${source.url.replace(/[()\s]/g, encodeURIComponent)})`
      : escapeMarkdown(source.title);
    lines.push(
      `- ${title} — ${escapeMarkdown(source.publisher ?? 'unknown publisher')}, ${source.date ? formatDay(source.date) : 'publication date not recorded'}`,
    );
  }
  return `${lines.join('\n')}\n`;
}

const FIGURE_TABLE_HEAD = '| Figure | Value | As of | Stated by |\n|---|---:|---|---|';

function keyFigureRow(metric: MetricSummary): string {
  const figure = `${formatFigure(metric)} ${metric.unit}`;
  const conflicts = metric.conflicts ? ` (${metric.conflicts} disputed)` : '';
  const asOf = metric.latestDate ? formatDay(metric.latestDate) : '—';
  const label = metric.kind === 'stock' ? `${metric.label} (latest)` : `${metric.label} (total)`;
  return `| ${escapeMarkdown(label)} | ${escapeMarkdown(figure)}${conflicts} | ${asOf} | ${escapeMarkdown(metric.sourceOrgs.join(', '))} |`;
}

function trendSection(metric: MetricSummary, period: { first: string; last: string }): string[] {
  const bucket = chooseBucket(period.first, period.last);
  const points = chartPoints(metric, bucket, period);
  const per = metric.kind === 'flow' ? `per ${BUCKET_NOUN[bucket]}` : `level at the end of each ${BUCKET_NOUN[bucket]}`;
  return [
    `### ${escapeMarkdown(metric.label)} (${escapeMarkdown(metric.unit)}, ${per})`,
    '',
    `\`${sparkline(points)}\``,
    '',
    `| ${BUCKET_NOUN[bucket][0].toUpperCase()}${BUCKET_NOUN[bucket].slice(1)} | ${metric.kind === 'flow' ? 'Total' : 'Level'} |`,
    '|---|---:|',
    ...points.map(
      (point) =>
        `| ${point.label} | ${point.empty ? '—' : formatFigure({ low: point.low, high: point.high, qualifier: point.low === point.high ? 'exact' : 'range' })} |`,
    ),
    '',
  ];
}

export function sparkline(points: readonly ChartPoint[]): string {
  const top = Math.max(...points.map((point) => point.high), 0);
  if (top === 0) return SPARKS[0].repeat(points.length);
  return points
    .map((point) => (point.empty ? ' ' : SPARKS[Math.round(((point.low + point.high) / 2 / top) * (SPARKS.length - 1))]))
    .join('');
}

/** Keeps names and titles from turning into Markdown (tables, links, emphasis, HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]|<>#])/g, '\\$1');
}
