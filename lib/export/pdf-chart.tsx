import { G, Line, Polygon, Polyline, Rect, Svg, Text, View } from '@react-pdf/renderer';
import { niceTop } from '@/lib/charts/scale';
import type { ChartPoint } from '@/lib/export/chart-series';
import { PDF_FONT_FAMILY } from '@/lib/export/pdf-fonts';
import { formatCompact } from '@/lib/format';

/**
 * One metric over the period, drawn with react-pdf's SVG primitives: bars for flows, a line for
 * stocks. Where a figure is a range, the range is drawn (a whisker on bars, a band under the
 * line) so approximate figures never look precise.
 */
const WIDTH = 215;
const HEIGHT = 92;
const INK = '#1f4e79';
const RANGE = '#9bb8d3';
const AXIS = '#8a8a8a';

export function PdfChart({ points, kind }: { points: ChartPoint[]; kind: 'flow' | 'stock' }) {
  const top = niceTop(Math.max(...points.map((point) => point.high), 1));
  const y = (value: number) => HEIGHT - (value / top) * HEIGHT;
  const step = WIDTH / Math.max(points.length, 1);
  const mid = (point: ChartPoint) => (point.low + point.high) / 2;
  return (
    <View>
      <View style={{ flexDirection: 'row' }}>
        <View style={{ width: 30, height: HEIGHT + 6, marginTop: -3, justifyContent: 'space-between' }}>
          <Text style={{ fontSize: 7, color: AXIS }}>{formatCompact(top)}</Text>
          <Text style={{ fontSize: 7, color: AXIS }}>{formatCompact(top / 2)}</Text>
          <Text style={{ fontSize: 7, color: AXIS }}>0</Text>
        </View>
        <Svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
          <Line x1={0} y1={HEIGHT} x2={WIDTH} y2={HEIGHT} stroke={AXIS} strokeWidth={0.75} />
          <Line x1={0} y1={0} x2={WIDTH} y2={0} stroke="#e3e3e3" strokeWidth={0.5} />
          <Line x1={0} y1={HEIGHT / 2} x2={WIDTH} y2={HEIGHT / 2} stroke="#e3e3e3" strokeWidth={0.5} />
          {kind === 'flow' ? bars(points, step, y, mid) : line(points, step, y, mid)}
        </Svg>
      </View>
      <View style={{ flexDirection: 'row', justifyContent: 'space-between', marginLeft: 30, width: WIDTH }}>
        {axisLabels(points).map((label, index) => (
          <Text key={`${label}-${index}`} style={{ fontSize: 7, color: AXIS }}>
            {label}
          </Text>
        ))}
      </View>
    </View>
  );
}

function bars(points: ChartPoint[], step: number, y: (value: number) => number, mid: (point: ChartPoint) => number) {
  const barWidth = Math.max(Math.min(step * 0.7, 24), 1);
  return points.map((point, index) => {
    if (point.empty) return null;
    const x = index * step + (step - barWidth) / 2;
    const centre = x + barWidth / 2;
    return (
      <G key={point.date}>
        <Rect x={x} y={y(mid(point))} width={barWidth} height={Math.max(y(0) - y(mid(point)), 0.5)} fill={INK} />
        {barWidth >= 9 ? (
          <Text
            x={centre}
            y={Math.max(y(point.high) - 2, 7)}
            textAnchor="middle"
            style={{ fontSize: 6, fontFamily: PDF_FONT_FAMILY }}
            fill={INK}
          >
            {formatCompact(mid(point))}
          </Text>
        ) : null}
        {point.low !== point.high ? (
          <Line x1={centre} y1={y(point.low)} x2={centre} y2={y(point.high)} stroke={RANGE} strokeWidth={1.5} />
        ) : null}
      </G>
    );
  });
}

function line(points: ChartPoint[], step: number, y: (value: number) => number, mid: (point: ChartPoint) => number) {
  const x = (index: number) => index * step + step / 2;
  // A stock has no line before its first report: draw from there on.
  const firstShown = points.findIndex((point) => !point.empty);
  const offset = Math.max(firstShown, 0);
  const shown = points.slice(offset);
  const at = (index: number) => x(index + offset);
  const band = [...shown.map((p, i) => `${at(i)},${y(p.high)}`), ...shown.map((p, i) => `${at(i)},${y(p.low)}`).reverse()].join(' ');
  const hasRange = shown.some((point) => point.low !== point.high);
  return (
    <G>
      {hasRange && shown.length > 1 ? <Polygon points={band} fill={RANGE} fillOpacity={0.5} /> : null}
      {shown.length > 1 ? (
        <Polyline points={shown.map((p, i) => `${at(i)},${y(mid(p))}`).join(' ')} stroke={INK} strokeWidth={1.5} fill="none" />
      ) : null}
      {shown.map((point, index) => (
        <Rect key={point.date} x={at(index) - 1.5} y={y(mid(point)) - 1.5} width={3} height={3} fill={INK} />
      ))}
    </G>
  );
}

/** First, middle and last bucket under the axis: enough to read the dates without crowding 215 pt. */
function axisLabels(points: ChartPoint[]): string[] {
  if (points.length <= 1) return points.map((point) => point.label);
  const middle = points.length >= 5 ? [points[Math.floor(points.length / 2)].label] : [];
  return [points[0].label, ...middle, points[points.length - 1].label];
}
