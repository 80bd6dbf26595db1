"use client";
import type { Department, FormDef } from "@kakanai/engine";
import { Button, Checkbox, Select, TextField } from "@kakanai/ui";
import { useState } from "react";
import type { UploadedPdf } from "./form-upload";

interface Props {
  pdf: UploadedPdf;
  existingKeys: string[];
  departments: Department[];
  onAdd: (form: FormDef) => void;
  onCancel: () => void;
}

/** After a PDF passed the checks: name the form, pick the department, take over the PDF's own fields. */
export function NewFormOffer({ pdf, existingKeys, departments, onAdd, onCancel }: Props) {
  const [key, setKey] = useState(() => nextKey(existingKeys));
  const [title, setTitle] = useState(pdf.fileName.replace(/\.pdf$/i, ""));
  const [departmentKey, setDepartmentKey] = useState(departments[0]?.key ?? "");
  const [takeFields, setTakeFields] = useState(pdf.acroFields.length > 0);
  const keyError =
    key.trim() === ""
      ? "番号を入力してください。"
      : existingKeys.includes(key)
        ? "同じ番号の様式があります。"
        : undefined;
  const first = pdf.pages[0];

  function add() {
    if (keyError || title.trim() === "" || !departmentKey) return;
    onAdd({
      key: key.trim(),
      title: title.trim(),
      departmentKey,
      basePdfSha256: pdf.sha256,
      pageCount: pdf.pageCount,
      orientation: first && first.widthMm > first.heightMm ? "landscape" : "portrait",
      fields: takeFields ? pdf.acroFields : [],
    });
  }

  return (
    <section
      aria-label="読み込んだ様式の追加"
      className="space-y-3 rounded-8 border-2 border-success-1 bg-green-50 p-4"
    >
      <p className="font-bold">
        「{pdf.fileName}」を確認しました（{pdf.pageCount}ページ）。様式として追加しますか。
      </p>
      <div className="grid gap-3 sm:grid-cols-3">
        <TextField label="様式の番号" value={key} error={keyError} onChange={(e) => setKey(e.target.value)} />
        <TextField
          label="様式の名前"
          value={title}
          error={title.trim() === "" ? "名前を入力してください。" : undefined}
          onChange={(e) => setTitle(e.target.value)}
        />
        <Select
          label="担当課"
          value={departmentKey}
          onChange={(e) => setDepartmentKey(e.target.value)}
          options={departments.map((d) => ({ value: d.key, label: d.name }))}
        />
      </div>
      {pdf.acroFields.length > 0 ? (
        <Checkbox
          checked={takeFields}
          onChange={(e) => setTakeFields(e.target.checked)}
          label={`PDFの入力欄 ${pdf.acroFields.length}件を項目として取り込む`}
          hint={`${pdf.acroFields
            .slice(0, 5)
            .map((f) => f.name)
            .join(
              "、",
            )}${pdf.acroFields.length > 5 ? " など" : ""}。位置はそのまま使い、書く内容は後で選びます。`}
        />
      ) : (
        <p className="text-sm">このPDFには入力欄がありません。追加した後に、書く位置を項目として作ります。</p>
      )}
      <div className="flex gap-2">
        <Button onClick={add} disabled={Boolean(keyError) || title.trim() === ""}>
          様式を追加
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          追加しない
        </Button>
      </div>
    </section>
  );
}

function nextKey(keys: string[]): string {
  const numbers = keys.map((k) => Number(/^F(\d+)$/.exec(k)?.[1] ?? 0));
  return `F${String(Math.max(0, ...numbers) + 1).padStart(2, "0")}`;
}
