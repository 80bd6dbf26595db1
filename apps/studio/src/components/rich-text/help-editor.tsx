"use client";
import type { RichText } from "@kakanai/engine";
import { isRichTextEmpty } from "@kakanai/ui";
import { EditorContent, type JSONContent, useEditor } from "@tiptap/react";
import StarterKit from "@tiptap/starter-kit";
import { useId } from "react";
import { HelpToolbar } from "./help-toolbar";

interface Props {
  value: RichText | undefined;
  /** undefined when the editor is empty, so no empty help box is shown at the counter. */
  onChange: (value: RichText | undefined) => void;
}

/**
 * Help text is stored as tiptap JSON and rendered at the counter through an allow-list
 * (packages/ui RichText), never as HTML. Only the marks and nodes that renderer supports are enabled.
 */
export function HelpEditor({ value, onChange }: Props) {
  const hintId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({
        heading: { levels: [2, 3] },
        blockquote: false,
        code: false,
        codeBlock: false,
        horizontalRule: false,
        strike: false,
        underline: false,
        link: false,
      }),
    ],
    content: (value as JSONContent | undefined) ?? "",
    // Server rendering has no DOM; render on the client only to avoid a hydration mismatch.
    immediatelyRender: false,
    editorProps: {
      attributes: {
        role: "textbox",
        "aria-multiline": "true",
        "aria-label": "ヘルプ文",
        "aria-describedby": hintId,
      },
    },
    onUpdate: ({ editor: e }) => {
      const json = e.getJSON() as RichText;
      onChange(isRichTextEmpty(json) ? undefined : json);
    },
  });

  return (
    <div className="help-editor">
      <p className="font-bold">ヘルプ文</p>
      <p id={hintId} className="mb-2 text-sm text-solid-gray-700">
        窓口の画面で質問の下に表示される説明です。太字・斜体・見出し・箇条書きが使えます。
      </p>
      <HelpToolbar editor={editor} />
      <EditorContent editor={editor} />
    </div>
  );
}
