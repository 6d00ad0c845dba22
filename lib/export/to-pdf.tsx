import { Document, Link, Page, renderToBuffer, StyleSheet, Text, View } from '@react-pdf/renderer';
import { BUCKET_NOUN, chartPoints, chooseBucket } from '@/lib/export/chart-series';
import { describeFilters, describePeriod } from '@/lib/export/describe';
import { PdfChart } from '@/lib/export/pdf-chart';
import { guardRightToLeft, loadPdfFonts, PDF_FONT_FAMILY } from '@/lib/export/pdf-fonts';
import { PdfKeyMessages, PdfPlaceTable, PdfRunningTotals } from '@/lib/export/pdf-sections';
import type { MetricSummary } from '@/lib/export/summary';
import { comparisonText } from '@/lib/export/summary-comparison';
import { splitKeyFigures, summaryPeriod, summaryTitle, type SummaryDocument } from '@/lib/export/summary-document';
import { formatDay, formatFigure, formatNumber } from '@/lib/format';

/**
 * The situation summary as an A4 PDF a coordinator can attach to an email: title and period,
 * the key figures as on the dashboard cards (with who states them and as of when), one chart
 * per metric over the period, and the list of sources. Fonts: lib/export/pdf-fonts.ts (every script embedded).
 */
const MUTED = '#5a5a5a';
const styles = StyleSheet.create({
  // No lineHeight on the Page: react-pdf 4.9 then drops render-prop texts (the page numbers).
  page: { padding: 40, paddingBottom: 56, fontFamily: PDF_FONT_FAMILY, fontSize: 9.5, color: '#1a1a1a' },
  kicker: { fontSize: 8, color: MUTED, letterSpacing: 1, marginBottom: 4 },
  title: { fontSize: 19, fontWeight: 700, lineHeight: 1.2, marginBottom: 8 },
  meta: { fontSize: 9, color: MUTED, marginBottom: 2 },
  heading: {
    fontSize: 12.5,
    fontWeight: 700,
    marginTop: 16,
    marginBottom: 8,
    paddingBottom: 3,
    borderBottom: '0.75pt solid #c8c8c8',
  },
  cards: { flexDirection: 'row', flexWrap: 'wrap', gap: 8 },
  card: { width: '31.8%', border: '0.75pt solid #d5dde6', borderRadius: 3, padding: 7, backgroundColor: '#f6f8fb' },
  cardLabel: { fontSize: 7.5, color: MUTED, textTransform: 'uppercase', letterSpacing: 0.5 },
  cardValue: { fontSize: 14, fontWeight: 700, marginTop: 3, color: '#1f4e79' },
  cardNote: { fontSize: 7.5, color: MUTED, marginTop: 2 },
  note: { fontSize: 8, color: MUTED, marginTop: 8, fontStyle: 'italic', lineHeight: 1.35 },
  charts: { flexDirection: 'row', flexWrap: 'wrap', justifyContent: 'space-between' },
  chart: { width: '49%', marginBottom: 12 },
  chartTitle: { fontSize: 9, fontWeight: 700, marginBottom: 4 },
  source: { flexDirection: 'row', marginBottom: 4 },
  footer: { position: 'absolute', bottom: 24, left: 40, right: 40, fontSize: 7.5, color: MUTED },
});

export async function renderSummaryPdf(document: SummaryDocument): Promise<Buffer> {
  await loadPdfFonts();
  return renderToBuffer(<SummaryPdf {...guardRightToLeft(document)} />);
}

function SummaryPdf(document: SummaryDocument) {
  const { context, summary } = document;
  const title = summaryTitle(document);
  const period = describePeriod(context.filters.from ?? summary.firstDate, context.filters.to ?? summary.lastDate);
  const { cards, others } = splitKeyFigures(summary.metrics);
  return (
    <Document title={`${title} (${period})`} author="Sitrep" creator="Sitrep" language="en">
      <Page size="A4" style={styles.page}>
        <Text
          style={styles.footer}
          fixed
          render={({ pageNumber, totalPages }) => `${title} · ${period}    Page ${pageNumber} of ${totalPages}`}
        />
        <Text style={styles.kicker}>SITREP · SITUATION SUMMARY</Text>
        <Text style={styles.title}>{title}</Text>
        <Text style={styles.meta}>Period: {period}</Text>
        <Text style={styles.meta}>Filters: {describeFilters(context)}</Text>
        <Text style={styles.meta}>
          Generated {context.generatedAt.toISOString().slice(0, 16).replace('T', ' ')} UTC from {formatNumber(summary.factCount)} confirmed
          facts
        </Text>
        <PdfKeyMessages document={document} />
        <Text style={styles.heading}>Key figures</Text>
        {summary.metrics.length === 0 ? (
          <Text>No confirmed figures match these filters.</Text>
        ) : (
          <View style={styles.cards}>
            {cards.map((metric) => (
              <KeyFigure key={`${metric.metric}-${metric.unit}`} metric={metric} comparison={comparisonText(document.comparison, metric)} />
            ))}
          </View>
        )}
        {others.length > 0 ? <OtherUnits others={others} /> : null}
        <PdfRunningTotals metrics={summary.metrics} />
        <Text style={styles.note}>
          How figures are counted: {summary.countingRule} Flows add up over places and days; stocks (camp population, people trapped, people
          in need) count each place&apos;s latest figure.
        </Text>
        {cards.length > 0 ? <Trends document={document} metrics={cards} /> : null}
        <PdfPlaceTable document={document} />
        <Sources document={document} />
      </Page>
    </Document>
  );
}

function KeyFigure({ metric, comparison }: { metric: MetricSummary; comparison: string | null }) {
  const orgs =
    metric.sourceOrgs.length > 4
      ? `${metric.sourceOrgs.slice(0, 4).join(', ')} +${metric.sourceOrgs.length - 4}`
      : metric.sourceOrgs.join(', ');
  return (
    <View style={styles.card} wrap={false}>
      <Text style={styles.cardLabel}>
        {metric.label} {metric.kind === 'stock' ? '(latest)' : '(total)'}
      </Text>
      <Text style={styles.cardValue}>{formatFigure(metric)}</Text>
      <Text style={styles.cardNote}>
        {metric.unit}
        {metric.latestDate ? ` · as of ${formatDay(metric.latestDate)}` : ''}
      </Text>
      <Text style={styles.cardNote}>Stated by {orgs || 'unknown'}</Text>
      {comparison ? <Text style={styles.cardNote}>{comparison}</Text> : null}
      {metric.conflicts > 0 ? (
        <Text style={styles.cardNote}>
          {metric.conflicts} {metric.conflicts === 1 ? 'day and place' : 'days and places'} where sources disagree
        </Text>
      ) : null}
    </View>
  );
}

function OtherUnits({ others }: { others: MetricSummary[] }) {
  return (
    <View style={{ marginTop: 8 }} wrap={false}>
      <Text style={styles.cardLabel}>Also reported, in other units</Text>
      {others.map((line) => (
        <Text key={`${line.metric}-${line.unit}`} style={{ fontSize: 8.5, marginTop: 2 }}>
          {line.label}:{' '}
          <Text style={{ fontWeight: 700 }}>
            {formatFigure(line)} {line.unit}
          </Text>
          {line.latestDate ? `, as of ${formatDay(line.latestDate)}` : ''} (stated by {line.sourceOrgs.join(', ') || 'unknown'})
        </Text>
      ))}
    </View>
  );
}

function Trends({ document, metrics }: { document: SummaryDocument; metrics: MetricSummary[] }) {
  const period = summaryPeriod(document)!;
  const bucket = chooseBucket(period.first, period.last);
  return (
    <View>
      <Text style={styles.heading} minPresenceAhead={140}>
        Over the period
      </Text>
      <View style={styles.charts}>
        {metrics.map((metric) => (
          <View key={`${metric.metric}-${metric.unit}`} style={styles.chart} wrap={false}>
            <Text style={styles.chartTitle}>
              {metric.label} — {metric.unit}{' '}
              {metric.kind === 'flow' ? `per ${BUCKET_NOUN[bucket]}` : `(level, end of ${BUCKET_NOUN[bucket]})`}
            </Text>
            <PdfChart points={chartPoints(metric, bucket, period)} kind={metric.kind} />
          </View>
        ))}
      </View>
    </View>
  );
}

function Sources({ document: { summary } }: { document: SummaryDocument }) {
  return (
    <View>
      <Text style={styles.heading} minPresenceAhead={40}>
        Sources ({summary.sources.length})
      </Text>
      {summary.sources.length === 0 ? <Text>No sources.</Text> : null}
      {summary.sources.map((source, index) => (
        <View key={`${source.title}-${index}`} style={styles.source} wrap={false}>
          <Text style={{ width: 18, color: MUTED }}>{index + 1}.</Text>
          <View style={{ flex: 1 }}>
            <Text>
              <Text style={{ fontWeight: 700 }}>{source.title}</Text> — {source.publisher ?? 'unknown publisher'},{' '}
              {source.date ? formatDay(source.date) : 'publication date not recorded'}
            </Text>
            {source.url ? (
              <Link src={source.url} style={{ fontSize: 8, color: '#1f4e79' }}>
                {source.url.length > 95 ? `${source.url.slice(0, 94)}…` : source.url}
              </Link>
            ) : null}
          </View>
        </View>
      ))}
    </View>
  );
}
