import type { ReactNode } from "react";
import { cn } from "./cn";

/**
 * Renders a tiptap/ProseMirror JSON document through an allow-list: paragraphs, headings, lists,
 * bold, italic, line breaks and http(s) links. Anything else is dropped (its text kept when it has
 * content), so help text written in the studio can never inject markup or script into the counter.
 */
export function RichText({ doc, className }: { doc: unknown; className?: string }) {
  if (!isNode(doc) || doc.type !== "doc") return null;
  return <div className={cn("space-y-2 leading-1-7", className)}>{renderChildren(doc, "r")}</div>;
}

/** True when the document has no visible text (an empty help editor saves an empty paragraph). */
export function isRichTextEmpty(doc: unknown): boolean {
  const walk = (n: unknown): boolean =>
    !isNode(n) || ((typeof n.text !== "string" || n.text.trim() === "") && (n.content ?? []).every(walk));
  return walk(doc);
}

interface PMNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: { type: string; attrs?: Record<string, unknown> }[];
  content?: unknown[];
}

function isNode(n: unknown): n is PMNode {
  return typeof n === "object" && n !== null && typeof (n as PMNode).type === "string";
}

function renderChildren(node: PMNode, keyPrefix: string): ReactNode[] {
  const children = Array.isArray(node.content) ? node.content : [];
  return children.map((child, i) => renderNode(child, `${keyPrefix}.${i}`));
}

function renderNode(n: unknown, key: string): ReactNode {
  if (!isNode(n)) return null;
  switch (n.type) {
    case "text":
      return renderText(n, key);
    case "paragraph":
      return <p key={key}>{renderChildren(n, key)}</p>;
    case "heading": {
      // Help text sits under the question's own heading, so its headings are demoted to h3/h4.
      const level = Number(n.attrs?.level) >= 3 ? 4 : 3;
      const Tag = level === 3 ? "h3" : "h4";
      return (
        <Tag key={key} className="font-bold">
          {renderChildren(n, key)}
        </Tag>
      );
    }
    case "bulletList":
      return (
        <ul key={key} className="list-disc space-y-1 pl-6">
          {renderChildren(n, key)}
        </ul>
      );
    case "orderedList":
      return (
        <ol key={key} className="list-decimal space-y-1 pl-6">
          {renderChildren(n, key)}
        </ol>
      );
    case "listItem":
      return <li key={key}>{renderChildren(n, key)}</li>;
    case "hardBreak":
      return <br key={key} />;
    default:
      return Array.isArray(n.content) ? <span key={key}>{renderChildren(n, key)}</span> : null;
  }
}

function renderText(n: PMNode, key: string): ReactNode {
  let out: ReactNode = typeof n.text === "string" ? n.text : "";
  for (const mark of n.marks ?? []) {
    if (mark.type === "bold") out = <strong>{out}</strong>;
    else if (mark.type === "italic") out = <em>{out}</em>;
    else if (mark.type === "link") {
      const href = safeHref(mark.attrs?.href);
      if (href)
        out = (
          <a href={href} target="_blank" rel="noopener noreferrer">
            {out}
          </a>
        );
    }
  }
  return <span key={key}>{out}</span>;
}

/** Only absolute http(s) URLs; javascript:, data: and relative tricks are dropped. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== "string") return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}
