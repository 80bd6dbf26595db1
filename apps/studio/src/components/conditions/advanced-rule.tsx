"use client";
import { Button } from "@kakanai/ui";

interface Props {
  summary: string;
  json: unknown;
  onReplace: () => void;
}

/** A rule the visual builder cannot represent: shown read-only so it is never destroyed by accident. */
export function AdvancedRule({ summary, json, onReplace }: Props) {
  return (
    <div className="rounded-8 border-2 border-dashed border-solid-gray-420 bg-solid-gray-50 p-4">
      <p className="font-bold">高度な条件（この画面では編集できません）</p>
      <p className="mt-2 leading-1-7">{summary}</p>
      <details className="mt-3">
        <summary className="cursor-pointer text-sm text-blue-900">条件の定義（JSON）を表示</summary>
        <pre className="mt-2 max-h-64 overflow-auto rounded-4 bg-white p-3 text-xs">
          {JSON.stringify(json, null, 2)}
        </pre>
      </details>
      <p className="mt-3 text-sm text-solid-gray-700">
        年齢の計算や世帯員ごとの判定などを含むため、このまま保存・公開しても条件は変わりません。
      </p>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onReplace}>
        新しい条件に置き換える
      </Button>
    </div>
  );
}
