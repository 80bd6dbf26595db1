"use client";

import { lookupPostalCode, type PostalCodeTable } from "@kakanai/engine";
import { type ReactNode, type Ref, useId } from "react";
import { FieldError, RequiredMark } from "../field";
import { TextField } from "../text-field";
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
  /** The bundle's offline postal-code table: a known code fills 都道府県・市区町村・町名. */
  postalCodes?: PostalCodeTable;
}

export function AddressInput(props: AddressInputProps) {
  const { legend, hint, error, required, draft, onDraft, focusRef, postalCodes } = props;
  const id = useId();
  const parts = (typeof draft === "object" && !Array.isArray(draft) ? draft : {}) as Record<string, string>;
  const change = (p: AddressPart, value: string) =>
    onDraft(withPostalLookup({ ...parts, [p]: value }, p, postalCodes));
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
            onChange={(e) => change(p, e.target.value)}
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

/** Fills the parts a known postal code gives, never over what the clerk has typed there. */
function withPostalLookup(
  parts: Record<string, string>,
  changed: AddressPart,
  table: PostalCodeTable | undefined,
): Record<string, string> {
  if (changed !== "postalCode") return parts;
  const match = lookupPostalCode(parts.postalCode ?? "", table);
  if (!match) return parts;
  const filled: Record<string, string> = { ...parts, postalCode: match.postalCode };
  for (const key of ["prefecture", "city", "town"] as const) {
    if (!filled[key]?.trim() && match[key]) filled[key] = match[key];
  }
  return filled;
}
