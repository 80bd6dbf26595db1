"use client";
import type { DraftQuestion } from "@/lib/flow-draft";
import { SortableList } from "./sortable-list";
import { SortableQuestionRow } from "./sortable-question-row";

interface Props {
  questions: DraftQuestion[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onMove: (groupId: string | null, fromId: string, toId: string) => void;
}

/** Top-level questions in asking order; a repeating group (世帯員) nests its per-person questions. */
export function QuestionList({ questions, selectedId, onSelect, onMove }: Props) {
  return (
    <SortableList
      items={questions}
      label="質問の並び（上から順に聞きます）"
      onMove={(a, b) => onMove(null, a, b)}
    >
      {questions.map((q) => (
        <SortableQuestionRow
          key={q.id}
          question={q}
          departmentKey={q.departmentKey}
          selected={q.id === selectedId}
          onSelect={() => onSelect(q.id)}
        >
          {q.kind === "group" && (
            <>
              <p className="mb-2 text-sm font-bold text-solid-gray-700">
                {q.itemLabel ?? "1件"}ごとに聞く質問
              </p>
              {(q.questions ?? []).length === 0 ? (
                <p className="text-sm">まだありません。</p>
              ) : (
                <SortableList
                  items={q.questions ?? []}
                  label={`${q.itemLabel ?? q.label}ごとの質問の並び`}
                  onMove={(a, b) => onMove(q.id, a, b)}
                >
                  {(q.questions ?? []).map((item) => (
                    <SortableQuestionRow
                      key={item.id}
                      question={item}
                      departmentKey={q.departmentKey}
                      selected={item.id === selectedId}
                      onSelect={() => onSelect(item.id)}
                    />
                  ))}
                </SortableList>
              )}
            </>
          )}
        </SortableQuestionRow>
      ))}
    </SortableList>
  );
}
