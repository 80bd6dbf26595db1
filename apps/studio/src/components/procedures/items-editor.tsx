"use client";
import { Button, TextField } from "@kakanai/ui";
import { useState } from "react";
import type { DraftProcedure, DraftQuestion } from "@/lib/flow-draft";
import { replaceAt, setOptional } from "@/lib/procedure-ops";
import { ConditionEditor } from "../conditions/condition-editor";

interface Props {
  procedure: DraftProcedure;
  questions: DraftQuestion[];
  computed: string[];
  onChange: (change: (p: DraftProcedure) => DraftProcedure) => void;
}

type ConditionalItem = NonNullable<DraftProcedure["conditionalItems"]>[number];

/** 持ち物: always, and those needed only when a household-level condition holds. */
export function ItemsEditor({ procedure, questions, computed, onChange }: Props) {
  const [generation, setGeneration] = useState(0);
  const items = procedure.itemsToBring ?? [];
  const conditional = procedure.conditionalItems ?? [];
  const setItems = (list: string[]) => onChange((p) => ({ ...p, itemsToBring: list }));
  const setConditional = (list: ConditionalItem[]) =>
    onChange((p) => setOptional(p, "conditionalItems", list.length > 0 ? list : undefined));

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-bold">持ち物</legend>
      <ul aria-label="いつも必要な持ち物" className="space-y-2">
        {items.map((item, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the text is being edited, so it cannot be the key
          <li key={`${generation}-${i}`} className="flex flex-wrap items-end gap-2">
            <TextField
              label={`持ち物${i + 1}`}
              value={item}
              className="min-w-60 flex-1"
              error={item.trim() ? null : "空欄です。入力するか削除してください。"}
              onChange={(e) => setItems(replaceAt(items, i, e.target.value))}
            />
            <Button
              variant="tertiary"
              size="sm"
              onClick={() => {
                setGeneration((g) => g + 1);
                setItems(replaceAt(items, i, null));
              }}
            >
              持ち物{i + 1}を削除
            </Button>
          </li>
        ))}
      </ul>
      <Button variant="secondary" size="sm" onClick={() => setItems([...items, ""])}>
        ＋ 持ち物を追加
      </Button>
      <div className="space-y-3">
        <h4 className="font-bold">条件つきの持ち物</h4>
        <p className="text-sm text-solid-gray-700">
          条件に当てはまる世帯にだけ案内します（例: 国外からの転入ならパスポート）。
        </p>
        {conditional.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity; a removal bumps the generation
          <div key={`${generation}-${i}`} className="space-y-3 rounded-8 border border-solid-gray-200 p-3">
            <TextField
              label={`条件つきの持ち物${i + 1}`}
              value={entry.item}
              error={entry.item.trim() ? null : "空欄です。入力するか削除してください。"}
              onChange={(e) => setConditional(replaceAt(conditional, i, { ...entry, item: e.target.value }))}
            />
            <ConditionEditor
              title={`条件つきの持ち物${i + 1}の条件`}
              emptyMeaning="常に必要です"
              rule={entry.when}
              questions={questions}
              computed={computed}
              onChange={(when) => setConditional(replaceAt(conditional, i, { ...entry, when: when ?? true }))}
            />
            <Button
              variant="tertiary"
              size="sm"
              onClick={() => {
                setGeneration((g) => g + 1);
                setConditional(replaceAt(conditional, i, null));
              }}
            >
              条件つきの持ち物{i + 1}を削除
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setConditional([...conditional, { item: "", when: true }])}
        >
          ＋ 条件つきの持ち物を追加
        </Button>
      </div>
    </fieldset>
  );
}
