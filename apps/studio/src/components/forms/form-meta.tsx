"use client";
import type { Department, FormDef } from "@kakanai/engine";
import { Select, TextField } from "@kakanai/ui";
import { NumberField } from "./number-field";

interface Props {
  form: FormDef;
  departments: Department[];
  onChange: (patch: Partial<FormDef>) => void;
}

/** The form's title, owning department and how many person rows one sheet holds. */
export function FormMeta({ form, departments, onChange }: Props) {
  return (
    <div className="grid gap-3 sm:grid-cols-3">
      <TextField
        label="様式の名前"
        value={form.title}
        error={form.title.trim() === "" ? "名前を入力してください。" : undefined}
        onChange={(e) => onChange({ title: e.target.value })}
      />
      <Select
        label="担当課"
        value={form.departmentKey}
        onChange={(e) => onChange({ departmentKey: e.target.value })}
        options={departments.map((d) => ({ value: d.key, label: d.name }))}
      />
      <NumberField
        label="1枚に書ける人数"
        hint="超えた人は2枚目に続けます。空欄なら行の数。"
        optional
        step={1}
        min={1}
        max={50}
        value={form.rowsPerSheet}
        onChange={(v) => onChange({ rowsPerSheet: v === undefined ? undefined : Math.round(v) })}
      />
    </div>
  );
}
