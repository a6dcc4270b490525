import { Box } from '@mantine/core';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BinaryModelEvaluation } from './predictions-api';

type Bin = BinaryModelEvaluation['model']['calibration'][number];

function points(bins: Bin[]) {
  return bins
    .filter((b) => b.count > 0 && b.meanPredicted !== null && b.observedRate !== null)
    .map((b) => ({ predicted: b.meanPredicted!, observed: b.observedRate!, count: b.count }));
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/**
 * Reliability diagram: for each band of predicted probability, the share that really happened. A
 * well-calibrated predictor sits on the diagonal.
 */
export function CalibrationChart({ evaluation }: { evaluation: BinaryModelEvaluation }) {
  const model = points(evaluation.model.calibration);
  const baseline = points(evaluation.baseline.calibration);
  return (
    <>
      <Box aria-hidden h={240}>
        <ResponsiveContainer width="100%" height="100%">
          <LineChart margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" />
            <XAxis
              type="number"
              dataKey="predicted"
              domain={[0, 1]}
              tickFormatter={percent}
              name="Predicted"
            />
            <YAxis type="number" dataKey="observed" domain={[0, 1]} tickFormatter={percent} name="Observed" />
            <Tooltip formatter={(value) => percent(Number(value))} />
            <Legend />
            <Line
              data={[
                { predicted: 0, observed: 0 },
                { predicted: 1, observed: 1 },
              ]}
              dataKey="observed"
              name="Perfect calibration"
              stroke="var(--mantine-color-gray-5)"
              strokeDasharray="4 4"
              dot={false}
            />
            <Line data={model} dataKey="observed" name="Model" stroke="var(--mantine-color-teal-6)" />
            <Line data={baseline} dataKey="observed" name="Baseline" stroke="var(--mantine-color-orange-6)" />
          </LineChart>
        </ResponsiveContainer>
      </Box>
      <table className="visually-hidden">
        <caption>Predicted against observed rate per probability band, holdout</caption>
        <thead>
          <tr>
            <th>Band</th>
            <th>Holdout rows</th>
            <th>Model predicted</th>
            <th>Observed</th>
          </tr>
        </thead>
        <tbody>
          {evaluation.model.calibration
            .filter((b) => b.count > 0)
            .map((b) => (
              <tr key={b.from}>
                <td>
                  {percent(b.from)}–{percent(b.to)}
                </td>
                <td>{b.count}</td>
                <td>{b.meanPredicted === null ? '—' : percent(b.meanPredicted)}</td>
                <td>{b.observedRate === null ? '—' : percent(b.observedRate)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    </>
  );
}
