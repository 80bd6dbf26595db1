"use client";
import type { useSortable } from "@dnd-kit/sortable";

type Sortable = ReturnType<typeof useSortable>;

/**
 * The 「⠿」 handle of a sortable row (mouse, touch and keyboard), or an empty slot of the same width
 * for a row this admin may not move (another department's part).
 */
export function DragHandle({
  sortable,
  label,
  movable = true,
}: {
  sortable: Pick<Sortable, "attributes" | "listeners" | "setActivatorNodeRef">;
  label: string;
  movable?: boolean;
}) {
  if (!movable) return <span className="w-10 shrink-0" />;
  return (
    <button
      type="button"
      ref={sortable.setActivatorNodeRef}
      {...sortable.attributes}
      {...sortable.listeners}
      aria-label={`並べ替え: ${label}`}
      className="flex w-10 shrink-0 cursor-grab touch-none items-center justify-center rounded-l-8 text-xl text-solid-gray-600 hover:bg-solid-gray-50 active:cursor-grabbing"
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
}
