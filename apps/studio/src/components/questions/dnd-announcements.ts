import type { Announcements, ScreenReaderInstructions, UniqueIdentifier } from "@dnd-kit/core";

/** Read by screen readers when a drag handle gets focus. */
export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    "並べ替えるには、スペースキーまたはエンターキーで持ち上げ、上下の矢印キーで移動し、もう一度スペースキーまたはエンターキーで置きます。エスケープキーで取り消します。",
};

/**
 * dnd-kit's live-region messages in Japanese, naming the question and its position so a
 * screen-reader user knows where it will land.
 */
export function japaneseAnnouncements(
  label: (id: UniqueIdentifier) => string,
  position: (id: UniqueIdentifier) => number,
  total: number,
): Announcements {
  return {
    onDragStart: ({ active }) =>
      `「${label(active.id)}」を持ち上げました。現在 ${total}件中 ${position(active.id)}番目です。`,
    onDragOver: ({ active, over }) =>
      over
        ? `「${label(active.id)}」を ${total}件中 ${position(over.id)}番目に移動します。`
        : `「${label(active.id)}」は並べ替えできる場所の外にあります。`,
    onDragEnd: ({ active, over }) =>
      over
        ? `「${label(active.id)}」を ${total}件中 ${position(over.id)}番目に置きました。`
        : `「${label(active.id)}」を元の位置に戻しました。`,
    onDragCancel: ({ active }) => `並べ替えを取り消しました。「${label(active.id)}」は元の位置のままです。`,
  };
}
