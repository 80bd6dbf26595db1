"use client";
import { cn } from "@kakanai/ui";
import { type Editor, useEditorState } from "@tiptap/react";

interface Tool {
  label: string;
  text: string;
  isActive: (e: Editor) => boolean;
  run: (e: Editor) => void;
}

const tools: Tool[] = [
  {
    label: "太字",
    text: "B",
    isActive: (e) => e.isActive("bold"),
    run: (e) => e.chain().focus().toggleBold().run(),
  },
  {
    label: "斜体",
    text: "I",
    isActive: (e) => e.isActive("italic"),
    run: (e) => e.chain().focus().toggleItalic().run(),
  },
  {
    label: "見出し",
    text: "見出し",
    isActive: (e) => e.isActive("heading", { level: 2 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 2 }).run(),
  },
  {
    label: "小見出し",
    text: "小見出し",
    isActive: (e) => e.isActive("heading", { level: 3 }),
    run: (e) => e.chain().focus().toggleHeading({ level: 3 }).run(),
  },
  {
    label: "箇条書き",
    text: "・箇条書き",
    isActive: (e) => e.isActive("bulletList"),
    run: (e) => e.chain().focus().toggleBulletList().run(),
  },
  {
    label: "番号付きリスト",
    text: "1. 番号",
    isActive: (e) => e.isActive("orderedList"),
    run: (e) => e.chain().focus().toggleOrderedList().run(),
  },
];

/** Toggle buttons announce their state (aria-pressed) so a screen-reader user knows what is on. */
export function HelpToolbar({ editor }: { editor: Editor | null }) {
  const active = useEditorState({
    editor,
    selector: ({ editor: e }) => (e ? tools.map((t) => t.isActive(e)) : tools.map(() => false)),
  });

  return (
    <div
      role="toolbar"
      aria-label="ヘルプ文の書式"
      className="flex flex-wrap gap-1 rounded-t-8 border border-b-0 border-solid-gray-600 bg-solid-gray-50 p-1"
    >
      {tools.map((tool, i) => (
        <button
          key={tool.label}
          type="button"
          aria-label={tool.label}
          aria-pressed={active?.[i] ?? false}
          disabled={!editor}
          onClick={() => editor && tool.run(editor)}
          className={cn(
            "min-h-9 min-w-9 rounded-4 px-2 text-sm font-bold",
            active?.[i] ? "bg-blue-900 text-white" : "bg-white text-solid-gray-900 hover:bg-blue-100",
            tool.text === "I" && "italic",
          )}
        >
          {tool.text}
        </button>
      ))}
    </div>
  );
}
