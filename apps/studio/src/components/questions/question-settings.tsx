"use client";
import { Checkbox, RadioGroup, Select, TextField } from "@kakanai/ui";
import { useState } from "react";
import type { DraftItemQuestion, DraftQuestion } from "@/lib/flow-draft";
import {
  answerLimits,
  type DateBoundChoice,
  dateBoundChoiceOf,
  type Requirement,
  requirementOf,
  withDateBound,
  withRequirement,
} from "@/lib/question-settings";
import { ConditionEditor } from "../conditions/condition-editor";
import { NumberField } from "../forms/number-field";

type AnyQuestion = DraftQuestion | DraftItemQuestion;

interface Props {
  question: AnyQuestion;
  /** The group this question is asked in, or null for a household-level question. */
  group: DraftQuestion | null;
  questions: DraftQuestion[];
  /** Keys of the flow's computed values, which a condition may read too. */
  computed?: string[];
  set: (patch: Partial<AnyQuestion>) => void;
  replace: (next: AnyQuestion) => void;
}

/**
 * What a question kind needs beyond its label: when it is required (always, never, or under a
 * condition built like a 表示条件), a number's bounds or the household group it picks a member from,
 * a text's example, a repeating group's item name and counts. Every field of the bundle a question
 * has is editable here, so nothing of a question is 表示のみ. Mount with a `key` per question.
 */
export function QuestionSettings({ question, group, questions, computed, set, replace }: Props) {
  // The choice is the admin's: 「条件つき」 stays chosen while its condition is still being built.
  const [requirement, setRequirement] = useState<Requirement>(() => requirementOf(question));
  const groups = questions.filter((q) => q.kind === "group");
  return (
    <div className="space-y-6">
      <Checkbox
        label="住民の事前入力で聞く"
        hint="来庁前に住民が自分で答える質問にします（事前申請のページに表示されます）。"
        checked={question.residentVisible === true}
        onChange={(e) => set({ residentVisible: e.target.checked || undefined })}
      />
      {question.kind !== "notice" && question.kind !== "group" && (
        <div className="space-y-3">
          <RadioGroup
            legend="回答の必須"
            inline
            value={requirement}
            onChange={(value) => {
              setRequirement(value as Requirement);
              replace(withRequirement(question, value as Requirement));
            }}
            options={[
              { value: "always", label: "必須" },
              { value: "optional", label: "任意" },
              { value: "conditional", label: "条件を満たすときだけ必須" },
            ]}
          />
          {requirement === "conditional" && (
            <ConditionEditor
              key={`req-${question.id}`}
              title="必須にする条件"
              emptyMeaning="条件がないため任意です"
              rule={question.requiredIf}
              questions={questions}
              excludeKey={group ? undefined : question.key}
              computed={computed}
              scope={group ? "member" : "household"}
              onChange={(requiredIf) => set({ requiredIf })}
            />
          )}
        </div>
      )}

      {question.kind === "number" && (
        <div className="space-y-3">
          {groups.length > 0 && (
            <Select
              label="答え方"
              hint="「世帯員から選ぶ」にすると、窓口では名前の一覧から選び、様式にはその方の氏名が印字されます。"
              value={question.optionsFrom ?? ""}
              onChange={(e) => {
                const from = e.target.value;
                replace(
                  from
                    ? { ...question, optionsFrom: from, min: undefined, max: undefined }
                    : { ...question, optionsFrom: undefined },
                );
              }}
              options={[
                { value: "", label: "数値を入力する" },
                ...groups.map((g) => ({ value: g.key, label: `${g.itemLabel ?? g.label}から選ぶ` })),
              ]}
            />
          )}
          {!question.optionsFrom && (
            <div className="flex flex-wrap gap-4">
              <NumberField
                label="最小値"
                optional
                step={1}
                value={question.min}
                onChange={(min) => set({ min })}
                className="w-40"
              />
              <NumberField
                label="最大値"
                optional
                step={1}
                value={question.max}
                onChange={(max) => set({ max })}
                className="w-40"
              />
            </div>
          )}
          {answerLimits(question) && <p className="text-sm text-error-1">{answerLimits(question)}</p>}
        </div>
      )}

      {question.kind === "date" && (
        <>
          <RadioGroup
            legend="受け付ける日付"
            hint="生年月日・死亡日・届出日は「未来の日付は受け付けない」、転入予定日などは「過去の日付は受け付けない」にします。今日の日付はどちらでも受け付けます。窓口の画面でも住民の事前申請でも同じように確かめます。"
            value={dateBoundChoiceOf(question)}
            onChange={(value) => replace(withDateBound(question, value as DateBoundChoice))}
            options={[
              { value: "any", label: "制限なし" },
              { value: "notFuture", label: "未来の日付は受け付けない" },
              { value: "notPast", label: "過去の日付は受け付けない" },
            ]}
          />
          <Checkbox
            label="今日の日付を最初から入れておく"
            hint="請求日・届出日のように、ふつうは今日になる日付に使います。窓口では今日の日付が入った状態で表示され、確認して次へ進めます。"
            checked={question.defaultToday === true}
            onChange={(e) => set({ defaultToday: e.target.checked || undefined })}
          />
        </>
      )}

      {(question.kind === "text" || question.kind === "kana") && (
        <TextField
          label="入力例（任意）"
          hint="入力欄に薄く表示されます。例: 090-1234-5678"
          value={question.placeholder ?? ""}
          onChange={(e) => set({ placeholder: e.target.value || undefined })}
        />
      )}

      {question.kind === "group" && "itemLabel" in question && (
        <div className="space-y-3">
          <TextField
            label="1件の呼び方"
            hint="窓口で「世帯員 1」「世帯員 2」のように表示されます。"
            value={question.itemLabel ?? ""}
            onChange={(e) => set({ itemLabel: e.target.value || undefined })}
          />
          <div className="flex flex-wrap gap-4">
            <NumberField
              label="最少件数"
              optional
              step={1}
              min={0}
              value={question.minItems}
              onChange={(minItems) => set({ minItems })}
              className="w-40"
            />
            <NumberField
              label="最多件数"
              optional
              step={1}
              min={1}
              max={1000}
              value={question.maxItems}
              onChange={(maxItems) => set({ maxItems })}
              className="w-40"
            />
          </div>
          {answerLimits(question) && <p className="text-sm text-error-1">{answerLimits(question)}</p>}
        </div>
      )}
    </div>
  );
}
