"use client";
import type { FormDef, FormField } from "@kakanai/engine";
import { Button, Spinner } from "@kakanai/ui";
import dynamic from "next/dynamic";
import { useState } from "react";

// pdfme's Designer (and its PDF renderer) is large: loaded only when someone opens it.
const FormDesigner = dynamic(() => import("./form-designer").then((m) => m.FormDesigner), {
  ssr: false,
  loading: () => <Spinner label="デザイナーを読み込んでいます" showLabel />,
});

interface Props {
  form: FormDef;
  onFieldsChange: (fields: FormField[]) => void;
}

/** Opens the visual placement on demand; the numeric mm boxes below stay available without it. */
export function FormDesignerLauncher({ form, onFieldsChange }: Props) {
  const [open, setOpen] = useState(false);
  if (!open)
    return (
      <div>
        <Button variant="secondary" onClick={() => setOpen(true)}>
          用紙の上で位置を合わせる（デザイナーを開く）
        </Button>
        <p className="mt-1 text-sm text-solid-gray-700">
          マウスで欄を動かし、大きさを変えられます。位置は下の項目の mm の数値でも直せます。
        </p>
      </div>
    );
  return (
    <FormDesigner
      form={form}
      onApply={(fields) => {
        onFieldsChange(fields);
        setOpen(false);
      }}
      onClose={() => setOpen(false)}
    />
  );
}
