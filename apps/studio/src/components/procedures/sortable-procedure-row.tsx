"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { cn } from "@kakanai/ui";
import type { DraftProcedure } from "@/lib/flow-draft";

interface Props {
  procedure: DraftProcedure;
  departmentName: string;
  selected: boolean;
  onSelect: () => void;
  /** false: another department's procedure (not draggable, 表示のみ). */
  editable?: boolean;
}

/** One procedure in the 手続き list: a drag handle (mouse, touch, keyboard) and the select button. */
export function SortableProcedureRow({
  procedure,
  departmentName,
  selected,
  onSelect,
  editable = true,
}: Props) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } =
    useSortable({ id: procedure.key, disabled: !editable });
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
        {editable ? (
          <button
            type="button"
            ref={setActivatorNodeRef}
            {...attributes}
            {...listeners}
            aria-label={`並べ替え: ${procedure.title}`}
            className="flex w-10 shrink-0 cursor-grab touch-none items-center justify-center rounded-l-8 text-xl text-solid-gray-600 hover:bg-solid-gray-50 active:cursor-grabbing"
          >
            <span aria-hidden="true">⠿</span>
          </button>
        ) : (
          <span className="w-10 shrink-0" />
        )}
        <button
          type="button"
          onClick={onSelect}
          aria-current={selected ? "true" : undefined}
          className={cn(
            "min-h-12 flex-1 rounded-r-8 px-3 py-2 text-left",
            selected ? "bg-blue-50" : "hover:bg-solid-gray-50",
          )}
        >
          <span className="block font-bold">
            <span className="mr-2 text-solid-gray-700">{procedure.key}</span>
            {procedure.title}
          </span>
          <span className="text-sm text-solid-gray-700">
            {departmentName}
            {!editable && "（表示のみ）"}
          </span>
        </button>
      </div>
    </li>
  );
}
