"use client";
import { useSortable } from "@dnd-kit/sortable";
import { CSS } from "@dnd-kit/utilities";
import { cn } from "@kakanai/ui";
import type { DraftProcedure } from "@/lib/flow-draft";
import { DragHandle } from "../questions/drag-handle";

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
  const sortable = useSortable({ id: procedure.key, disabled: !editable });
  const { setNodeRef, transform, transition, isDragging } = sortable;
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
        <DragHandle sortable={sortable} label={procedure.title} movable={editable} />
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
