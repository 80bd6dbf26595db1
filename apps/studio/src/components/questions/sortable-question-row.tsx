"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { Badge, cn } from "@kakanai/ui";
import type { ReactNode } from "react";
import type { DraftItemQuestion, DraftQuestion } from "@/lib/flow-draft";
import { kindLabelOf } from "@/lib/question-kinds";
import { ownerOf, usePartsOwnership } from "../editor/parts-ownership";
import { DragHandle } from "./drag-handle";

interface Props {
  question: DraftQuestion | DraftItemQuestion;
  selected: boolean;
  onSelect: () => void;
  /** A group's nested item list. */
  children?: ReactNode;
  /** The department of the question (a per-person question: its group's); see parts-ownership. */
  departmentKey?: string | undefined;
}

export function SortableQuestionRow({ question, selected, onSelect, children, departmentKey }: Props) {
  const ownership = usePartsOwnership();
  const mine = ownership.canEdit(departmentKey);
  const sortable = useSortable({ id: question.id, disabled: !mine });
  const { setNodeRef, transform, transition, isDragging } = sortable;
  const hasCondition = question.visibleIf !== undefined;

  return (
    <li
      ref={setNodeRef}
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={cn(
        "rounded-8 border bg-white",
        selected ? "border-2 border-blue-900" : "border-solid-gray-420",
        isDragging && "relative z-10 shadow-3",
      )}
    >
      <div className="flex items-stretch">
        <DragHandle sortable={sortable} label={question.label} movable={mine} />
        <button
          type="button"
          onClick={onSelect}
          aria-current={selected ? "true" : undefined}
          className={cn(
            "min-h-12 flex-1 rounded-r-8 px-3 py-2 text-left",
            selected ? "bg-blue-50" : "hover:bg-solid-gray-50",
          )}
        >
          <span className="block font-bold">{question.label}</span>
          <span className="mt-1 flex flex-wrap items-center gap-2 text-sm text-solid-gray-700">
            <Badge>{kindLabelOf(question)}</Badge>
            <code>{question.key}</code>
            {question.requiredIf !== undefined ? (
              <span>条件付きで必須</span>
            ) : (
              question.required === false && <span>任意</span>
            )}
            {hasCondition && <span>条件付きで表示</span>}
            {ownership.editDepartmentKey !== null && (
              <span>{mine ? "自分の課" : `${ownerOf(ownership, departmentKey)}（表示のみ）`}</span>
            )}
          </span>
        </button>
      </div>
      {children && <div className="border-t border-solid-gray-200 py-2 pr-2 pl-10">{children}</div>}
    </li>
  );
}
