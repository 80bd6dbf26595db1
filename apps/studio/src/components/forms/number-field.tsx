"use client";
import { TextField } from "@kakanai/ui";
import { useEffect, useState } from "react";

interface Props {
  label: string;
  value: number | undefined;
  /** undefined when the box is emptied (only offered when `optional`). */
  onChange: (value: number | undefined) => void;
  optional?: boolean;
  min?: number;
  max?: number;
  step?: number;
  hint?: string;
  className?: string;
}

/**
 * A number box that lets people type freely ("12." on the way to "12.5") and passes on only numbers
 * that make sense; an unusable entry shows why instead of silently snapping back.
 */
export function NumberField({
  label,
  value,
  onChange,
  optional,
  min,
  max,
  step = 0.1,
  hint,
  className,
}: Props) {
  const [text, setText] = useState(value === undefined ? "" : String(value));
  useEffect(() => {
    setText((current) =>
      Number(current) === value && current !== "" ? current : value === undefined ? "" : String(value),
    );
  }, [value]);
  const parsed = text.trim() === "" ? undefined : Number(text);
  const error =
    parsed === undefined
      ? optional
        ? undefined
        : "数値を入力してください。"
      : Number.isNaN(parsed)
        ? "半角の数字で入力してください。"
        : min !== undefined && parsed < min
          ? `${min} 以上にしてください。`
          : max !== undefined && parsed > max
            ? `${max} 以下にしてください。`
            : undefined;
  return (
    <TextField
      label={label}
      hint={hint}
      error={error}
      className={className}
      type="number"
      inputMode="decimal"
      step={step}
      min={min}
      max={max}
      value={text}
      onChange={(e) => {
        const next = e.target.value;
        setText(next);
        const n = next.trim() === "" ? undefined : Number(next);
        if (
          n === undefined
            ? optional
            : !Number.isNaN(n) && (min === undefined || n >= min) && (max === undefined || n <= max)
        )
          onChange(n);
      }}
    />
  );
}
