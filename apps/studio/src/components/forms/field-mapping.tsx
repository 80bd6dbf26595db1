"use client";
import { type FieldFormat, type FormField, fieldFormat } from "@kakanai/engine";
import { Select, TextField } from "@kakanai/ui";
import { useId, useState } from "react";
import { ExpressionField } from "./expression-field";
import { fieldFormatLabels, formatNeedsOption } from "./field-labels";
import { NumberField } from "./number-field";
import type { PathOption } from "./path-options";

type Source = "standard" | "answer" | "expr" | "fixed";

interface Props {
  field: FormField;
  paths: PathOption[];
  onChange: (patch: Partial<FormField>) => void;
}

const sourceOf = (f: FormField): Source =>
  f.format === "fixed"
    ? "fixed"
    : f.source !== undefined
      ? "standard"
      : f.expr !== undefined
        ? "expr"
        : "answer";

/** What the field prints: which answer (or expression, or fixed text), written in which format. */
export function FieldMapping({ field, paths, onChange }: Props) {
  const optionListId = useId();
  const source = sourceOf(field);
  const answers = paths.filter((p) => !p.source);
  const standards = paths.filter((p) => p.source);
  const standard = standards.find((p) => p.path === field.source);
  const choices = answers.find((p) => p.path === field.path)?.options ?? [];
  const formats = fieldFormat.options.filter((f) => f !== "fixed");

  function setSource(next: Source) {
    const format = field.format === "fixed" ? "text" : field.format;
    if (next === "fixed")
      onChange({
        format: "fixed",
        source: undefined,
        path: undefined,
        expr: undefined,
        text: field.text ?? "",
      });
    else if (next === "standard")
      onChange({ format, path: undefined, expr: undefined, source: field.source ?? "person.name" });
    else if (next === "expr")
      onChange({ format, source: undefined, path: undefined, expr: field.expr ?? { var: "" } });
    else onChange({ format, source: undefined, expr: undefined, path: field.path ?? "" });
  }

  return (
    <fieldset className="space-y-3 rounded-8 border border-solid-gray-420 p-4">
      <legend className="px-1 font-bold">書く内容（対応付け）</legend>
      <Select
        label="値の取り方"
        value={source}
        onChange={(e) => setSource(e.target.value as Source)}
        options={[
          { value: "standard", label: "共通の項目から（どのフローでも同じに印刷）" },
          { value: "answer", label: "窓口での回答から（このフローだけ）" },
          { value: "expr", label: "式で計算する" },
          { value: "fixed", label: "決まった文字を書く" },
        ]}
      />
      {source === "standard" && (
        <>
          <Select
            label="印刷する項目"
            value={field.source ?? ""}
            onChange={(e) => onChange({ source: e.target.value })}
            options={standards.map((p) => ({
              value: p.path,
              label: p.source?.supplied ? p.label : `${p.label}（このフローにはありません）`,
            }))}
          />
          {standard && !standard.source?.supplied && (
            <p className="text-sm text-orange-1100">
              このフローの回答からは埋められない項目です。公開の前に直してください（空欄で印刷されます）。
            </p>
          )}
        </>
      )}
      {source === "answer" && (
        <AnswerPicker path={field.path ?? ""} answers={answers} onChange={(path) => onChange({ path })} />
      )}
      {source === "expr" && (
        <ExpressionField key={field.name} value={field.expr} onChange={(expr) => onChange({ expr })} />
      )}
      {source === "fixed" ? (
        <TextField
          label="書く文字"
          value={field.text ?? ""}
          onChange={(e) => onChange({ text: e.target.value })}
        />
      ) : (
        <Select
          label="書式"
          value={field.format}
          onChange={(e) => onChange({ format: e.target.value as FieldFormat })}
          options={formats.map((f) => ({ value: f, label: fieldFormatLabels[f] }))}
        />
      )}
      {formatNeedsOption(field.format) && (
        <>
          <TextField
            label="一致させる選択肢の値"
            hint={
              field.format === "circle"
                ? "回答がこの値のとき○で囲みます。"
                : "空欄なら「はい」などの回答で印を付けます。"
            }
            list={optionListId}
            value={field.option ?? ""}
            onChange={(e) => onChange({ option: e.target.value || undefined })}
          />
          <datalist id={optionListId}>
            {choices.map((c) => (
              <option key={c.value} value={c.value} label={c.label} />
            ))}
          </datalist>
        </>
      )}
      {(field.format === "digits" || field.type === "digits") && (
        <NumberField
          label="枠の数"
          optional
          step={1}
          min={1}
          max={40}
          value={field.digits}
          onChange={(digits) => onChange({ digits })}
        />
      )}
      <NumberField
        label="世帯員の行（何人目）"
        hint="人ごとの欄なら 1, 2, 3…。空欄は人の行ではない欄です。"
        optional
        step={1}
        min={1}
        max={50}
        value={field.row === undefined ? undefined : field.row + 1}
        onChange={(n) => onChange({ row: n === undefined ? undefined : Math.round(n) - 1 })}
      />
    </fieldset>
  );
}

const TYPED = "__typed__";

/**
 * Which answer the field prints, chosen by its question's label (「世帯員（行ごと） › フリガナ」); the
 * key (`members.$row.kana`) is secondary text. A key the list does not hold (a computed value written
 * by hand, an older draft) is typed in a text box instead.
 */
function AnswerPicker({
  path,
  answers,
  onChange,
}: {
  path: string;
  answers: PathOption[];
  onChange: (path: string) => void;
}) {
  const known = answers.some((p) => p.path === path);
  const [typing, setTyping] = useState(path !== "" && !known);
  return (
    <>
      <Select
        label="回答の項目"
        hint="世帯員の行には「（行ごと）」の項目を使います。"
        placeholder="（選んでください）"
        value={typing ? TYPED : known ? path : ""}
        onChange={(e) => {
          const next = e.target.value;
          setTyping(next === TYPED);
          if (next !== TYPED) onChange(next);
        }}
        options={[
          ...answers.map((p) => ({ value: p.path, label: p.label })),
          { value: TYPED, label: "一覧にない項目（キーを入力）" },
        ]}
      />
      {typing ? (
        <TextField
          label="回答の項目のキー"
          hint="例: members.$row.kana（計算値はそのキー）"
          value={path}
          onChange={(e) => onChange(e.target.value)}
          autoComplete="off"
          spellCheck={false}
        />
      ) : (
        path !== "" && (
          <p className="text-sm text-solid-gray-700">
            キー: <code>{path}</code>
          </p>
        )
      )}
      {typing && path && !known && (
        <p className="text-sm text-orange-1100">
          この項目はフローの質問にありません（綴りを確認してください）。
        </p>
      )}
    </>
  );
}
