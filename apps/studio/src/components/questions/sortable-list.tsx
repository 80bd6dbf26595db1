"use client";
import {
  DndContext,
  type DragEndEvent,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
} from "@dnd-kit/core";
import { SortableContext, verticalListSortingStrategy } from "@dnd-kit/sortable";
import { type ReactNode, useId, useRef } from "react";
import { japaneseAnnouncements, screenReaderInstructions } from "./dnd-announcements";
import { centreWithin, oneStepCoordinates } from "./one-step-keyboard";

interface Props {
  items: { id: string; label: string }[];
  onMove: (fromId: string, toId: string) => void;
  /** Accessible name of the list (e.g. 「質問の並び」). */
  label: string;
  children: ReactNode;
}

/**
 * One vertical sortable list with mouse, touch and keyboard dragging. Nested lists get their own
 * DndContext, so a 世帯員 item cannot be dropped among the top-level questions by mistake.
 */
export function SortableList({ items, onMove, label, children }: Props) {
  // A stable id keeps dnd-kit's aria-describedby the same on server and client (no hydration mismatch).
  const dndId = useId();
  const ids = items.map((i) => i.id);
  const idsRef = useRef(ids);
  idsRef.current = ids;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: oneStepCoordinates(() => idsRef.current) }),
  );
  const labelOf = (id: string | number) => items.find((i) => i.id === id)?.label ?? "質問";
  const positionOf = (id: string | number) => ids.indexOf(String(id)) + 1;

  function onDragEnd({ active, over }: DragEndEvent) {
    if (over && active.id !== over.id) onMove(String(active.id), String(over.id));
  }

  return (
    <DndContext
      id={dndId}
      sensors={sensors}
      collisionDetection={centreWithin}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements: japaneseAnnouncements(labelOf, positionOf, ids.length),
        screenReaderInstructions,
      }}
    >
      <SortableContext items={ids} strategy={verticalListSortingStrategy}>
        <ol aria-label={label} className="space-y-2">
          {children}
        </ol>
      </SortableContext>
    </DndContext>
  );
}
