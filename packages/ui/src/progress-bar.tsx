import { cn } from "./cn";

export interface ProgressBarProps {
  value: number;
  max: number;
  /** Accessible name, e.g. 「入力の進み具合」. */
  label: string;
  /** Visible text such as 「5 / 12 問」. */
  valueText?: string;
  className?: string;
}

export function ProgressBar({ value, max, label, valueText, className }: ProgressBarProps) {
  const ratio = max > 0 ? Math.min(1, Math.max(0, value / max)) : 0;
  return (
    <div className={cn("flex items-center gap-3", className)}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={max}
        aria-valuenow={value}
        aria-valuetext={valueText}
        className="h-3 flex-1 overflow-hidden rounded-full bg-solid-gray-100"
      >
        <div
          className="h-full rounded-full bg-blue-900 transition-[width]"
          style={{ width: `${ratio * 100}%` }}
        />
      </div>
      {valueText && <span className="shrink-0 text-sm text-solid-gray-700">{valueText}</span>}
    </div>
  );
}
