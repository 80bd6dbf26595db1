"use client";
import type { Rule } from "@kakanai/engine";
import { controlClassName, FieldError, FieldHint, useFieldIds } from "@kakanai/ui";
import { useState } from "react";

/**
 * A field's value as an expression in the engine's rule language (JSON Logic with our operators),
 * e.g. {"cat":[{"var":"applicant.name"}," 様"]}. Kept as typed text until it reads as JSON.
 */
export function ExpressionField({
  value,
  onChange,
}: {
  value: Rule | undefined;
  onChange: (rule: Rule) => void;
}) {
  const [text, setText] = useState(value === undefined ? "" : JSON.stringify(value));
  const [error, setError] = useState<string | null>(null);
  const hint = 'フローの条件と同じ書き方（JSON Logic）です。例: {"cat":[{"var":"applicant.name"}," 様"]}';
  const ids = useFieldIds(undefined, hint, error);
  return (
    <div>
      <label htmlFor={ids.inputId} className="block font-bold">
        式
      </label>
      <FieldHint id={ids.hintId}>{hint}</FieldHint>
      <textarea
        id={ids.inputId}
        rows={3}
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
        className={`${controlClassName(Boolean(error))} mt-2 py-2 font-mono`}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          try {
            onChange(JSON.parse(text) as Rule);
            setError(null);
          } catch {
            setError('式を読み取れません。かっこ { } や " の対応を確認してください。');
          }
        }}
      />
      <FieldError id={ids.errorId}>{error}</FieldError>
    </div>
  );
}
