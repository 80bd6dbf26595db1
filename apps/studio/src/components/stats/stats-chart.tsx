"use client";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export interface ChartPoint {
  label: string;
  receptions: number;
  linkages: number;
  formsPrinted: number;
}

/** Digital Agency palette: key blue, a green and an orange with enough contrast on white. */
const series = [
  { key: "receptions", name: "受付", color: "#0017C1" },
  { key: "linkages", name: "連携", color: "#197A4B" },
  { key: "formsPrinted", name: "申請書の印刷", color: "#C74700" },
] as const;

/** Bars per period; the table next to it carries the same figures for screen readers and copying. */
export function StatsChart({ points, description }: { points: ChartPoint[]; description: string }) {
  return (
    <figure aria-label={description} className="h-80 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={points} margin={{ top: 8, right: 16, bottom: 8, left: 0 }} accessibilityLayer={false}>
          <CartesianGrid strokeDasharray="3 3" stroke="#CCC" />
          <XAxis dataKey="label" tick={{ fill: "#333", fontSize: 12 }} />
          <YAxis allowDecimals={false} tick={{ fill: "#333", fontSize: 12 }} />
          <Tooltip />
          <Legend />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </figure>
  );
}
