"use client";
import { Badge, Button, TextField } from "@kakanai/ui";
import type { DraftItemQuestion, DraftQuestion } from "@/lib/flow-draft";
import { kindHasOptions, kindLabelOf } from "@/lib/question-kinds";
import { ConditionEditor } from "../conditions/condition-editor";
import { HelpEditor } from "../rich-text/help-editor";
import { OptionsEditor, optionsProblem } from "./options-editor";
import { QuestionSettings } from "./question-settings";

type AnyQuestion = DraftQuestion | DraftItemQuestion;

interface Props {
  question: AnyQuestion;
  /** The group this question is asked in (per 世帯員), or null. */
  group: DraftQuestion | null;
  /** Top-level questions: what a 表示条件 can refer to. */
  questions: DraftQuestion[];
  /** Keys of the flow's computed values, which a condition may read too. */
  computed?: string[];
  onChange: (change: (q: AnyQuestion) => AnyQuestion) => void;
  onRemove: () => void;
}

export function QuestionEditor({ question, group, questions, computed, onChange, onRemove }: Props) {
  const set = (patch: Partial<AnyQuestion>) => onChange((q) => ({ ...q, ...patch }) as AnyQuestion);
  const replace = (next: AnyQuestion) => onChange(() => next);
  const labelError = question.label.trim()
    ? null
    : "ラベルが空です。窓口の画面に出る質問文を入力してください。";

  function remove() {
    const ok = window.confirm(
      `「${question.label}」を削除しますか？この質問の回答を使う条件や様式があると、公開時にエラーになります。`,
    );
    if (ok) onRemove();
  }

  return (
    <section aria-label="質問の編集" className="space-y-6 rounded-8 border border-solid-gray-420 p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 className="text-lg font-bold">質問の編集</h3>
        <Badge tone="info">{kindLabelOf(question)}</Badge>
      </div>
      {group && <p className="text-sm">{group.itemLabel ?? group.label}ごとに聞く質問です。</p>}
      <TextField
        label="ラベル"
        value={question.label}
        onChange={(e) => set({ label: e.target.value })}
        error={labelError}
      />
      <p className="text-sm">
        キー: <code className="font-bold">{question.key}</code>
        <span className="block text-solid-gray-700">
          条件や様式がこのキーで回答を参照するため、ここでは変更できません。
        </span>
      </p>
      <QuestionSettings
        key={`settings-${question.id}`}
        question={question}
        group={group}
        computed={computed}
        questions={questions}
        set={set}
        replace={replace}
      />
      {kindHasOptions(question.kind) && (
        <OptionsEditor
          options={question.options ?? []}
          onChange={(options) => set({ options })}
          error={optionsProblem(question.options ?? [])}
        />
      )}
      <HelpEditor key={`help-${question.id}`} value={question.help} onChange={(help) => set({ help })} />
      <ConditionEditor
        key={`cond-${question.id}`}
        title="表示条件"
        emptyMeaning="いつも表示されます"
        rule={question.visibleIf}
        questions={questions}
        excludeKey={group ? undefined : question.key}
        computed={computed}
        scope={group ? "member" : "household"}
        onChange={(visibleIf) => set({ visibleIf })}
      />
      <div className="border-t border-solid-gray-200 pt-4">
        <Button variant="danger" size="sm" onClick={remove}>
          この質問を削除
        </Button>
      </div>
    </section>
  );
}
