"use client";
import type { FormField } from "@kakanai/engine";
import { Badge, cn } from "@kakanai/ui";
import { fieldTypeLabels, sourceSummary } from "./field-labels";

interface Props {
  fields: FormField[];
  selected: number | null;
  onSelect: (index: number) => void;
  /** Names of fields to place again after the PDF was replaced. */
  toPlace?: string[];
  /** The label of an answer path (「世帯員（行ごと） › フリガナ」); the key shows on hover. */
  answerLabel?: (path: string) => string | undefined;
}

/** The form's fields in order; choosing one opens it in the mapping panel. */
export function FieldList({ fields, selected, onSelect, toPlace = [], answerLabel }: Props) {
  if (fields.length === 0)
    return <p className="text-solid-gray-700">まだ項目がありません。「項目を追加」で欄を作ります。</p>;
  return (
    <ul aria-label="様式の項目" className="max-h-[32rem] space-y-1 overflow-y-auto pr-1">
      {fields.map((f, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: fields have no identity but their place; names are edited live
        <li key={i}>
          <button
            type="button"
            aria-current={i === selected ? "true" : undefined}
            onClick={() => onSelect(i)}
            className={cn(
              "w-full rounded-8 border px-3 py-1.5 text-left",
              i === selected
                ? "border-2 border-blue-900 bg-blue-50"
                : "border-solid-gray-200 hover:bg-solid-gray-50",
            )}
          >
            <span className="block font-bold">
              {f.name}
              {toPlace.includes(f.name) && (
                <Badge tone="warning" className="ml-2">
                  置き直す
                </Badge>
              )}
              {f.row !== undefined && (
                <span className="ml-2 text-sm font-normal">（{f.row + 1}人目の行）</span>
              )}
            </span>
            <span className="block truncate text-sm text-solid-gray-700" title={f.path || undefined}>
              {fieldTypeLabels[f.type]}・{sourceSummary(f, answerLabel)}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
