'use client';

import { Bar, BarChart, CartesianGrid, ErrorBar, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { SeriesPoint } from '@/lib/data/series';
import { formatCompact, formatDay, formatNumber } from '@/lib/format';

/** Bars per day; ranges and vague figures carry an error bar instead of false precision. */
export function DailyBarChart({ data, label }: { data: SeriesPoint[]; label: string }) {
  if (data.length === 0) return <p className="empty-state">No figures for these filters.</p>;
  const rows = data.map((point) => ({ ...point, error: [point.value - point.low, point.high - point.value] }));
  return (
    <div role="img" aria-label={`${label} per day, bar chart`} style={{ width: '100%', height: 280 }}>
      <ResponsiveContainer>
        <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 8, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="date" tickFormatter={formatDay} fontSize={12} />
          <YAxis tickFormatter={formatCompact} fontSize={12} width={48} />
          <Tooltip labelFormatter={(date) => formatDay(String(date))} formatter={(value) => [formatNumber(Number(value)), label]} />
          <Bar dataKey="value" name={label} fill="#0b5394" isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} stroke="#57606a" />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
