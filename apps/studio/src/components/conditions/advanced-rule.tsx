"use client";
import type { Rule } from "@kakanai/engine";
import { Button, FieldError, FieldHint } from "@kakanai/ui";
import { useId, useState } from "react";

interface Props {
  summary: string;
  json: unknown;
  /** A valid edit of the JSON; never called while the text does not parse. */
  onEdit: (rule: Rule) => void;
  onReplace: () => void;
}

/**
 * A rule the visual builder cannot represent, as JSON Logic. Nothing is rewritten unless the admin
 * edits the text, so an untouched rule is saved and published exactly as it was.
 */
export function AdvancedRule({ summary, json, onEdit, onReplace }: Props) {
  const id = useId();
  const [text, setText] = useState(() => JSON.stringify(json, null, 2));
  const [error, setError] = useState<string | null>(null);

  function change(next: string) {
    setText(next);
    try {
      const parsed = JSON.parse(next) as Rule;
      setError(null);
      onEdit(parsed);
    } catch {
      setError(
        'JSON として読めません。括弧や引用符（"）、カンマを確かめてください。直すまで条件は変わりません。',
      );
    }
  }

  return (
    <div className="rounded-8 border-2 border-dashed border-solid-gray-420 bg-solid-gray-50 p-4">
      <p className="font-bold">高度な条件（JSON Logic）</p>
      <p className="mt-2 leading-1-7">{summary}</p>
      <label htmlFor={`${id}-json`} className="mt-3 block font-bold">
        条件の定義（JSON Logic）
      </label>
      <FieldHint id={`${id}-hint`}>
        ここで直接編集できます。変更しなければ、保存・公開しても条件はそのままです。
      </FieldHint>
      <textarea
        id={`${id}-json`}
        value={text}
        spellCheck={false}
        rows={Math.min(16, Math.max(4, text.split("\n").length))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        onChange={(e) => change(e.target.value)}
        className="mt-2 w-full rounded-8 border border-solid-gray-600 bg-white p-3 font-mono text-sm"
      />
      <FieldError id={`${id}-error`}>{error}</FieldError>
      <Button variant="secondary" size="sm" className="mt-3" onClick={onReplace}>
        新しい条件に置き換える
      </Button>
    </div>
  );
}
