// The one wrapper around recharts' bar chart (load it lazily): horizontal bars of a share per
// category, labelled with percentages.
import { Bar, BarChart, Cell, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';

export interface ShareDatum {
  key: string;
  label: string;
  value: number;
  color: string;
}

export default function ShareChart({ data, summary }: { data: ShareDatum[]; summary: string }) {
  return (
    <figure className="chart" role="img" aria-label={summary}>
      <ResponsiveContainer width="100%" height={Math.max(120, data.length * 34)}>
        <BarChart data={data} layout="vertical" margin={{ top: 0, right: 48, bottom: 0, left: 8 }}>
          <XAxis type="number" domain={[0, 1]} hide />
          <YAxis type="category" dataKey="label" width={170} tick={{ fill: 'var(--text)', fontSize: 12 }} stroke="var(--border)" />
          <Bar dataKey="value" isAnimationActive={false} radius={[0, 4, 4, 0]}>
            {data.map((d) => (
              <Cell key={d.key} fill={d.color} />
            ))}
            <LabelList dataKey="value" position="right" formatter={(v: unknown) => `${Math.round(Number(v) * 100)}%`} fill="var(--text)" fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
