"use client";
import type { FormField } from "@kakanai/engine";
import { Button, Select, TextField } from "@kakanai/ui";
import { FieldGeometry } from "./field-geometry";
import { defaultFormatFor, type FieldType, fieldTypeLabels } from "./field-labels";
import { FieldMapping } from "./field-mapping";
import type { PathOption } from "./path-options";

interface Props {
  field: FormField;
  pageCount: number;
  paths: PathOption[];
  nameTaken: (name: string) => boolean;
  onChange: (patch: Partial<FormField>) => void;
  onRemove: () => void;
}

/** One field of the form: its name and kind of mark, where it sits, and what it prints. */
export function FieldEditor({ field, pageCount, paths, nameTaken, onChange, onRemove }: Props) {
  const nameError =
    field.name.trim() === ""
      ? "名前を入力してください。"
      : nameTaken(field.name)
        ? "同じ名前の項目があります。"
        : undefined;
  return (
    <section aria-label={`項目「${field.name}」の設定`} className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label="項目の名前"
          hint="様式の中で区別するための名前です。"
          value={field.name}
          error={nameError}
          onChange={(e) => onChange({ name: e.target.value })}
        />
        <Select
          label="印の種類"
          value={field.type}
          onChange={(e) => {
            const type = e.target.value as FieldType;
            onChange({ type, format: field.format === "fixed" ? "fixed" : defaultFormatFor[type] });
          }}
          options={Object.entries(fieldTypeLabels).map(([value, label]) => ({ value, label }))}
        />
      </div>
      <FieldMapping field={field} paths={paths} onChange={onChange} />
      <FieldGeometry field={field} pageCount={pageCount} onChange={onChange} />
      <Button variant="danger" size="sm" onClick={onRemove}>
        この項目を削除
      </Button>
    </section>
  );
}
