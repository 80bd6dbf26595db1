"use client";

import { FieldError, RequiredMark, TextField } from "@kakanai/ui";
import { type ReactNode, type Ref, useId } from "react";
import { ADDRESS_PARTS, type AddressPart, type Draft } from "./draft";

const PARTS: Record<AddressPart, { label: string; hint?: string; width: string; optional?: boolean }> = {
  postalCode: { label: "郵便番号", hint: "例：123-4567", width: "max-w-48" },
  prefecture: { label: "都道府県", width: "max-w-64" },
  city: { label: "市区町村", width: "max-w-md" },
  town: { label: "町名・丁目", width: "max-w-md" },
  banchi: { label: "番地・号", hint: "例：1-2-3", width: "max-w-md" },
  building: { label: "建物名・部屋番号", width: "max-w-xl", optional: true },
};

interface AddressInputProps {
  legend: ReactNode;
  hint: ReactNode;
  error?: string;
  required: boolean;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  focusRef: Ref<HTMLInputElement>;
}

export function AddressInput({ legend, hint, error, required, draft, onDraft, focusRef }: AddressInputProps) {
  const id = useId();
  const parts = (typeof draft === "object" && !Array.isArray(draft) ? draft : {}) as Record<string, string>;
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="font-bold">
        {legend}
        <RequiredMark required={required} />
      </legend>
      {hint && <div className="mt-1 text-sm text-solid-gray-700">{hint}</div>}
      <div className="mt-3 grid gap-4">
        {ADDRESS_PARTS.map((p, i) => (
          <TextField
            key={p}
            ref={i === 0 ? focusRef : undefined}
            label={PARTS[p].label}
            hint={PARTS[p].hint}
            requiredMark={required ? !PARTS[p].optional : undefined}
            value={parts[p] ?? ""}
            onChange={(e) => onDraft({ ...parts, [p]: e.target.value })}
            inputMode={p === "postalCode" ? "numeric" : undefined}
            autoComplete="off"
            inputClassName={PARTS[p].width}
          />
        ))}
      </div>
      <FieldError id={`${id}-error`}>{error}</FieldError>
    </fieldset>
  );
}
