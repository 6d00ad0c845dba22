import { Text, View } from '@react-pdf/renderer';
import { placeTable, summaryKeyMessages } from '@/lib/export/place-table';
import type { MetricSummary } from '@/lib/export/summary';
import type { SummaryDocument } from '@/lib/export/summary-document';
import { runningTotalLines } from '@/lib/export/summary-running-totals';

/** The PDF's key messages block, its running totals and its table by place; styles match to-pdf.tsx's headings and notes. */
const MUTED = '#5a5a5a';
const heading = {
  fontSize: 12.5,
  fontWeight: 700,
  marginTop: 16,
  marginBottom: 8,
  paddingBottom: 3,
  borderBottom: '0.75pt solid #c8c8c8',
};
const cell = { paddingVertical: 3, paddingHorizontal: 4, fontSize: 8.5 };

export function PdfKeyMessages({ document }: { document: SummaryDocument }) {
  const messages = summaryKeyMessages(document);
  if (messages.length === 0) return null;
  return (
    <View wrap={false}>
      <Text style={heading}>Key messages</Text>
      {messages.map((message, index) => (
        <View key={message.text} style={{ flexDirection: 'row', marginBottom: 5 }}>
          <Text style={{ width: 14, fontWeight: 700 }}>{index + 1}.</Text>
          <View style={{ flex: 1 }}>
            <Text style={{ lineHeight: 1.3 }}>{message.text}</Text>
            <Text style={{ fontSize: 8, color: MUTED }}>Sources: {message.sources.join(', ') || 'unknown'}</Text>
          </View>
        </View>
      ))}
    </View>
  );
}

export function PdfPlaceTable({ document }: { document: SummaryDocument }) {
  const { columns, rows } = placeTable(document);
  if (rows.length === 0) return null;
  const width = `${Math.floor(64 / columns.length)}%`;
  const [first, ...rest] = rows.map((row) => (
    <View key={row.place} style={{ flexDirection: 'row', borderBottom: '0.5pt solid #e0e0e0' }} wrap={false}>
      <Text style={{ ...cell, width: '36%' }}>{row.place}</Text>
      {row.cells.map((value, index) => (
        <Text key={columns[index].metric} style={{ ...cell, width, textAlign: 'right' }}>
          {value}
        </Text>
      ))}
    </View>
  ));
  return (
    <View>
      {/* The heading, the column names and the first row stay together on one page (minPresenceAhead alone let the heading end a page). */}
      <View wrap={false}>
        <Text style={heading}>By place</Text>
        <View style={{ flexDirection: 'row', borderBottom: '0.75pt solid #8a8a8a' }}>
          <Text style={{ ...cell, width: '36%', fontWeight: 700 }}>Place</Text>
          {columns.map((column) => (
            <Text key={`${column.metric}-${column.unit}`} style={{ ...cell, width, textAlign: 'right', fontWeight: 700 }}>
              {column.label} ({column.unit}
              {column.kind === 'stock' ? ', latest' : ''})
            </Text>
          ))}
        </View>
        {first}
      </View>
      {rest}
    </View>
  );
}

/** Running totals apart from the key figures, as the dashboard's cards list them. */
export function PdfRunningTotals({ metrics }: { metrics: readonly MetricSummary[] }) {
  const lines = runningTotalLines(metrics);
  if (lines.length === 0) return null;
  return (
    <View style={{ marginTop: 8 }}>
      <Text style={{ fontSize: 7.5, color: MUTED, textTransform: 'uppercase', letterSpacing: 0.5 }}>
        Running totals (listed apart, never added to the figures above)
      </Text>
      {lines.map((line, index) => (
        <Text key={`${line.label}-${index}`} style={{ fontSize: 8.5, marginTop: 2 }} wrap={false}>
          <Text style={{ fontWeight: 700 }}>{line.label}:</Text> {line.text}
        </Text>
      ))}
    </View>
  );
}
