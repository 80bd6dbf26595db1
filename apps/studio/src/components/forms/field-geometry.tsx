"use client";
import type { FormField } from "@kakanai/engine";
import { Select } from "@kakanai/ui";
import { NumberField } from "./number-field";

interface Props {
  field: FormField;
  pageCount: number;
  onChange: (patch: Partial<FormField>) => void;
}

/** Where the field sits on the paper: page, mm from the top-left corner, size, and letter size. */
export function FieldGeometry({ field, pageCount, onChange }: Props) {
  return (
    <fieldset className="rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">位置と大きさ（用紙の左上からの mm）</legend>
      <div className="grid gap-3 sm:grid-cols-3">
        {pageCount > 1 && (
          <Select
            label="ページ"
            value={String(field.pageIndex)}
            onChange={(e) => onChange({ pageIndex: Number(e.target.value) })}
            options={Array.from({ length: pageCount }, (_, i) => ({
              value: String(i),
              label: `${i + 1}ページ目`,
            }))}
          />
        )}
        <NumberField
          label="左から（mm）"
          value={field.xMm}
          min={0}
          max={1000}
          onChange={(v) => v !== undefined && onChange({ xMm: v })}
        />
        <NumberField
          label="上から（mm）"
          value={field.yMm}
          min={0}
          max={1000}
          onChange={(v) => v !== undefined && onChange({ yMm: v })}
        />
        <NumberField
          label="幅（mm）"
          value={field.widthMm}
          min={0.1}
          max={1000}
          onChange={(v) => v !== undefined && onChange({ widthMm: v })}
        />
        <NumberField
          label="高さ（mm）"
          value={field.heightMm}
          min={0.1}
          max={1000}
          onChange={(v) => v !== undefined && onChange({ heightMm: v })}
        />
        <NumberField
          label="文字の大きさ（pt）"
          hint="空欄なら枠に合わせます"
          optional
          value={field.fontSizePt}
          min={4}
          max={72}
          step={0.5}
          onChange={(v) => onChange({ fontSizePt: v })}
        />
      </div>
    </fieldset>
  );
}
