"use client";

import { parseWareki } from "@kakanai/engine";
import type { ReactNode, Ref } from "react";
import { TextField } from "../text-field";
import { safeWareki } from "./draft";

interface DateInputProps {
  label: ReactNode;
  hint: ReactNode;
  error?: string;
  required: boolean;
  value: string;
  onChange: (text: string) => void;
  inputRef: Ref<HTMLInputElement>;
}

/**
 * Dates are typed as the resident says them: R6.4.1, 令和6年4月1日, S55.1.2, or 2024-04-01. The
 * reading is echoed back in 和暦 and 西暦 as the clerk types, so a slip is caught before saving.
 */
export function DateInput({ label, hint, error, required, value, onChange, inputRef }: DateInputProps) {
  const iso = value.trim() ? parseWareki(value) : null;
  return (
    <div>
      <TextField
        ref={inputRef}
        label={label}
        hint={
          <>
            {hint}
            <p className="mt-1">
              和暦（例：R6.4.1、令和6年4月1日、S55.1.2）または西暦（例：2024-04-01）で入力
            </p>
          </>
        }
        error={error}
        requiredMark={required}
        size="lg"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete="off"
        spellCheck={false}
        inputClassName="max-w-md"
      />
      <p aria-live="polite" className="mt-2 min-h-7 text-lg">
        {iso ? (
          <>
            <span className="font-bold">{safeWareki(iso)}</span>
            <span className="text-solid-gray-700">
              （{iso.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, "$1年$2月$3日")}）
            </span>
            <span className="sr-only">として読み取りました</span>
          </>
        ) : value.trim() ? (
          <span className="text-solid-gray-700">日付として読み取れていません</span>
        ) : null}
      </p>
    </div>
  );
}
