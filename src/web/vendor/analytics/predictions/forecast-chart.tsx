import { Box } from '@mantine/core';
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatMoney, formatMoneyCompact } from '../../../shared/money';
import { forecastPoints } from './forecast-points';
import type { RevenueForecastReport } from './predictions-api';

/** Won indirect revenue per quarter, then the next four quarters' forecast inside its 80% band. */
export function ForecastChart({ report }: { report: RevenueForecastReport }) {
  const data = forecastPoints(report);
  const money = (v: number) => formatMoneyCompact(v, report.currency);
  return (
    <>
      <Box aria-hidden h={300}>
        <ResponsiveContainer width="100%" height="100%">
          <ComposedChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis dataKey="quarter" />
            <YAxis tickFormatter={money} width={80} />
            <Tooltip
              formatter={(value) =>
                Array.isArray(value)
                  ? `${money(Number(value[0]))} – ${money(Number(value[1]))}`
                  : money(Number(value))
              }
            />
            <Legend />
            <Area
              dataKey="band"
              name="80% interval"
              stroke="none"
              fill="var(--mantine-color-blue-2)"
              fillOpacity={0.7}
            />
            <Line dataKey="actual" name="Actual" stroke="var(--mantine-color-teal-7)" strokeWidth={2} />
            <Line
              dataKey="expected"
              name="Forecast"
              stroke="var(--mantine-color-blue-7)"
              strokeDasharray="5 4"
              strokeWidth={2}
            />
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      <table className="visually-hidden">
        <caption>Indirect revenue per quarter: actuals, then forecast with 80% interval</caption>
        <thead>
          <tr>
            <th>Quarter</th>
            <th>Actual</th>
            <th>Forecast</th>
            <th>80% interval</th>
          </tr>
        </thead>
        <tbody>
          {data.map((p) => (
            <tr key={p.quarter}>
              <td>{p.quarter}</td>
              <td>{p.actual === undefined ? '—' : formatMoney(p.actual, report.currency)}</td>
              <td>{p.band && p.expected !== undefined ? formatMoney(p.expected, report.currency) : '—'}</td>
              <td>
                {p.band
                  ? `${formatMoney(p.band[0], report.currency)} – ${formatMoney(p.band[1], report.currency)}`
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
