import { type CollisionDetection, closestCenter, type KeyboardCoordinateGetter } from "@dnd-kit/core";

/**
 * dnd-kit's default keyboard getter jumps to the "closest" item, which skips a tall neighbour (the
 * 世帯員 group with its nested list). Admins expect one arrow press = one position, so move the
 * dragged item's centre onto the centre of the previous/next item in list order.
 */
export function oneStepCoordinates(getIds: () => string[]): KeyboardCoordinateGetter {
  return (event, { context: { active, over, collisionRect, droppableRects } }) => {
    if (event.code !== "ArrowUp" && event.code !== "ArrowDown") return undefined;
    event.preventDefault();
    if (!active || !collisionRect) return undefined;
    const ids = getIds();
    const current = ids.indexOf(String(over?.id ?? active.id));
    const targetId =
      ids[Math.min(ids.length - 1, Math.max(0, current + (event.code === "ArrowUp" ? -1 : 1)))];
    const rect = targetId ? droppableRects.get(targetId) : undefined;
    if (!rect) return undefined;
    return { x: collisionRect.left, y: rect.top + rect.height / 2 - collisionRect.height / 2 };
  };
}

/** The item under the dragged item's centre line wins; otherwise the nearest centre. */
export const centreWithin: CollisionDetection = (args) => {
  const { collisionRect, droppableRects, droppableContainers } = args;
  const centreY = collisionRect.top + collisionRect.height / 2;
  const hits = droppableContainers.filter((c) => {
    const r = droppableRects.get(c.id);
    return r !== undefined && centreY >= r.top && centreY <= r.top + r.height;
  });
  return hits.length > 0
    ? hits.map((c) => ({ id: c.id, data: { droppableContainer: c, value: 0 } }))
    : closestCenter(args);
};
