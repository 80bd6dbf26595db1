"use client";
import { Button } from "@kakanai/ui";
import { useState } from "react";
import type { DraftQuestion, FlowDraft } from "@/lib/flow-draft";
import { addQuestion, findQuestion, moveQuestion, removeQuestion, updateQuestion } from "@/lib/question-ops";
import { ReadOnlyPart, usePartsOwnership } from "../editor/parts-ownership";
import { AddQuestionForm } from "./add-question-form";
import { QuestionEditor } from "./question-editor";
import { QuestionList } from "./question-list";

interface Props {
  draft: FlowDraft;
  update: (change: (draft: FlowDraft) => FlowDraft) => void;
}

/** Left: the questions in asking order; right: the add form or the selected question's editor. */
export function QuestionsPanel({ draft, update }: Props) {
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const found = selectedId ? findQuestion(draft, selectedId) : null;
  const ownership = usePartsOwnership();

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xl font-bold">質問（{draft.questions.length}件）</h2>
          <Button onClick={() => setAdding(true)} disabled={adding}>
            質問を追加
          </Button>
        </div>
        <p className="text-sm text-solid-gray-700">
          上から順に窓口で聞きます。左端の「⠿」をドラッグするか、フォーカスしてスペースキーと矢印キーで並べ替えられます。
        </p>
        <QuestionList
          questions={draft.questions}
          selectedId={adding ? null : selectedId}
          onSelect={(id) => {
            setAdding(false);
            setSelectedId(id);
          }}
          onMove={(groupId, from, to) => update((d) => moveQuestion(d, groupId, from, to))}
        />
      </div>
      {/* Stays in view while scrolling a long question list (below the sticky save bar). */}
      <div className="self-start lg:sticky lg:top-24 lg:max-h-[calc(100vh-7rem)] lg:overflow-y-auto">
        {adding ? (
          <AddQuestionForm
            draft={draft}
            onCancel={() => setAdding(false)}
            onAdd={(groupId, question) => {
              // A department's question in another department's flow is theirs (departmentKey).
              const owned =
                groupId === null && ownership.newPartKey
                  ? { ...question, departmentKey: ownership.newPartKey }
                  : question;
              update((d) => addQuestion(d, groupId, owned));
              setAdding(false);
              setSelectedId(question.id);
            }}
          />
        ) : found ? (
          <ReadOnlyPart departmentKey={(found.group ?? (found.question as DraftQuestion)).departmentKey}>
            <QuestionEditor
              key={found.question.id}
              question={found.question}
              group={found.group}
              questions={draft.questions}
              computed={(draft.computed ?? []).map((c) => c.key)}
              onChange={(change) => update((d) => updateQuestion(d, found.question.id, change))}
              onRemove={() => {
                update((d) => removeQuestion(d, found.question.id));
                setSelectedId(null);
              }}
            />
          </ReadOnlyPart>
        ) : (
          <p className="rounded-8 border border-dashed border-solid-gray-420 p-6 text-solid-gray-700">
            左の一覧から質問を選ぶと、ここで文言・選択肢・ヘルプ文・表示条件を編集できます。
          </p>
        )}
      </div>
    </div>
  );
}
