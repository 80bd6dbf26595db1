"use client";
import type { ChoiceOption } from "@kakanai/engine";
import { Button, TextField } from "@kakanai/ui";

interface Props {
  options: ChoiceOption[];
  onChange: (options: ChoiceOption[]) => void;
  error?: string | null;
}

/** Choices of a 単一選択/複数選択 question: what the clerk sees (表示名) and what rules compare (値). */
export function OptionsEditor({ options, onChange, error }: Props) {
  const set = (index: number, patch: Partial<ChoiceOption>) =>
    onChange(options.map((o, i) => (i === index ? { ...o, ...patch } : o)));
  const remove = (index: number) => onChange(options.filter((_, i) => i !== index));
  const add = () => {
    const taken = new Set(options.map((o) => o.value));
    let n = options.length + 1;
    while (taken.has(`option${n}`)) n++;
    onChange([...options, { value: `option${n}`, label: "" }]);
  };

  return (
    <fieldset className="space-y-3" aria-describedby={error ? "options-error" : undefined}>
      <legend className="font-bold">選択肢</legend>
      <p className="text-sm text-solid-gray-700">
        「値」は条件や様式で使う半角英数字の名前です。公開後に変えると、その値を使う条件が働かなくなります。
      </p>
      {options.map((option, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the value is being edited, so it cannot be the key
        <div key={i} className="flex flex-wrap items-end gap-2 rounded-8 border border-solid-gray-200 p-2">
          <TextField
            label={`選択肢${i + 1}の表示名`}
            value={option.label}
            onChange={(e) => set(i, { label: e.target.value })}
            className="min-w-40 flex-1"
          />
          <TextField
            label={`選択肢${i + 1}の値`}
            value={option.value}
            onChange={(e) => set(i, { value: e.target.value })}
            className="w-40"
          />
          <Button variant="tertiary" size="sm" onClick={() => remove(i)} aria-label={`選択肢${i + 1}を削除`}>
            削除
          </Button>
        </div>
      ))}
      <Button variant="secondary" size="sm" onClick={add}>
        ＋ 選択肢を追加
      </Button>
      {error && (
        <p id="options-error" className="text-sm font-bold text-error-1">
          ⚠ {error}
        </p>
      )}
    </fieldset>
  );
}

/** Japanese message when the options cannot be saved, or null. */
export function optionsProblem(options: ChoiceOption[]): string | null {
  if (options.length < 2) return "選択肢を2つ以上入力してください。";
  if (options.some((o) => !o.label.trim()))
    return "選択肢の表示名が空です。入力するか、その選択肢を削除してください。";
  if (options.some((o) => !o.value.trim())) return "選択肢の値が空です。半角英数字で入力してください。";
  if (new Set(options.map((o) => o.value)).size !== options.length) return "選択肢の値が重複しています。";
  return null;
}
