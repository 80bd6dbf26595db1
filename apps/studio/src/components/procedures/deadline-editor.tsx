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

type Conditional = NonNullable<DraftProcedure["conditionalDeadlines"]>[number];

/** Whole days ≥ 0, or null while the text is not one. */
function parseDays(text: string): number | null {
  const n = Number(text);
  return text.trim() !== "" && Number.isInteger(n) && n >= 0 ? n : null;
}

/**
 * 期限: days after the reference date (異動日, date of death…), and deadlines that depend on the
 * answers, of which the first that holds wins over the plain one.
 */
export function DeadlineEditor({ procedure, questions, computed, onChange }: Props) {
  // Condition editors analyse their rule once: a new generation remounts them after a removal.
  const [generation, setGeneration] = useState(0);
  const [daysText, setDaysText] = useState(procedure.deadlineDays?.toString() ?? "");
  const daysError =
    daysText.trim() === "" || parseDays(daysText) !== null ? null : "0以上の整数で入力してください。";
  const conditional = procedure.conditionalDeadlines ?? [];
  const setConditional = (list: Conditional[]) =>
    onChange((p) => setOptional(p, "conditionalDeadlines", list.length > 0 ? list : undefined));

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-bold">期限</legend>
      <TextField
        label="基準日から何日以内（空欄なら期限なし）"
        hint="基準日は住民異動では異動日、出生では生まれた日、おくやみでは亡くなった日です。"
        inputMode="numeric"
        value={daysText}
        inputClassName="max-w-32"
        error={daysError}
        onChange={(e) => {
          setDaysText(e.target.value);
          const days = parseDays(e.target.value);
          if (e.target.value.trim() === "") onChange((p) => setOptional(p, "deadlineDays", undefined));
          else if (days !== null) onChange((p) => ({ ...p, deadlineDays: days }));
        }}
      />
      <div className="space-y-3">
        <h4 className="font-bold">条件つきの期限</h4>
        <p className="text-sm text-solid-gray-700">
          上から順に調べ、最初に当てはまった期限を使います（例:
          厚生年金なら10日）。当てはまらなければ上の日数です。
        </p>
        {conditional.map((entry, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity; a removal bumps the generation
          <div key={`${generation}-${i}`} className="space-y-3 rounded-8 border border-solid-gray-200 p-3">
            <ConditionalDays
              index={i}
              days={entry.days}
              onDays={(days) => setConditional(replaceAt(conditional, i, { ...entry, days }))}
            />
            <ConditionEditor
              title={`条件つきの期限${i + 1}の条件`}
              emptyMeaning="常に当てはまります"
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
              条件つきの期限{i + 1}を削除
            </Button>
          </div>
        ))}
        <Button
          variant="secondary"
          size="sm"
          onClick={() => setConditional([...conditional, { days: procedure.deadlineDays ?? 14, when: true }])}
        >
          ＋ 条件つきの期限を追加
        </Button>
      </div>
    </fieldset>
  );
}

function ConditionalDays({
  index,
  days,
  onDays,
}: {
  index: number;
  days: number;
  onDays: (d: number) => void;
}) {
  const [text, setText] = useState(String(days));
  const error = parseDays(text) === null ? "0以上の整数で入力してください。" : null;
  return (
    <TextField
      label={`条件つきの期限${index + 1}: 基準日から何日以内`}
      inputMode="numeric"
      value={text}
      inputClassName="max-w-32"
      error={error}
      onChange={(e) => {
        setText(e.target.value);
        const n = parseDays(e.target.value);
        if (n !== null) onDays(n);
      }}
    />
  );
}
