"use client";
import type { FormDef, FormField } from "@kakanai/engine";
import { Alert, Button, Spinner } from "@kakanai/ui";
import type { Template } from "@pdfme/common";
import { Designer } from "@pdfme/ui";
import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { designerPlugins as plugins } from "./designer-plugins";
import { fromTemplate, toTemplate } from "./pdfme-template";

interface Props {
  form: FormDef;
  onApply: (fields: FormField[]) => void;
  onClose: () => void;
}

const A4 = { portrait: { width: 210, height: 297 }, landscape: { width: 297, height: 210 } };

/** The studio's own copy of Noto Sans JP (the studio runs offline: never a CDN). */
async function loadFont(): Promise<ArrayBuffer> {
  const res = await fetch("/api/forms/font");
  if (!res.ok) throw new Error(`font ${res.status}`);
  return res.arrayBuffer();
}

/**
 * pdfme's Designer over the form's base PDF: drag and resize the boxes, add new ones from its left
 * bar. 「位置を反映」 writes the positions back into the draft's fields (mapping untouched).
 */
export function FormDesigner({ form, onApply, onClose }: Props) {
  const trpc = useTRPC();
  const sha = form.basePdfSha256;
  const base = useQuery({
    ...trpc.studio.forms.basePdf.queryOptions({ sha256: sha ?? "" }),
    enabled: Boolean(sha),
    staleTime: Number.POSITIVE_INFINITY,
  });
  const font = useQuery({
    queryKey: ["forms", "designer-font"],
    queryFn: loadFont,
    staleTime: Number.POSITIVE_INFINITY,
  });
  const section = useRef<HTMLElement>(null);
  const container = useRef<HTMLDivElement>(null);
  const designer = useRef<Designer | null>(null);
  const [failed, setFailed] = useState(false);
  const [live, setLive] = useState(false);
  const ready = font.data && (!sha || base.data);

  // The Designer owns its DOM; build it once per opening, from the form as it was then.
  // biome-ignore lint/correctness/useExhaustiveDependencies: rebuilding on every draft edit would lose the admin's work
  useEffect(() => {
    if (!container.current || !ready || !font.data) return;
    const basePdf: Template["basePdf"] = base.data
      ? `data:application/pdf;base64,${base.data.pdfBase64}`
      : { ...A4[form.orientation], padding: [0, 0, 0, 0] };
    // pdfme sizes its page to the part of the box that is on screen when it starts (and again only on
    // a resize): opened below the fold it drew the page at 8×11 px, or used ~340 px of the 768 px box.
    // So the box is brought fully into view first (below the sticky save bar), then the Designer starts.
    section.current?.scrollIntoView({ block: "start" });
    try {
      designer.current = new Designer({
        domContainer: container.current,
        template: toTemplate(form.fields, basePdf, form.pageCount),
        plugins,
        options: { lang: "ja", font: { NotoSansJP: { data: font.data, fallback: true } } },
      });
      setLive(true);
    } catch {
      setFailed(true);
    }
    const repair = repairDesignerA11y(container.current);
    return () => {
      repair.disconnect();
      designer.current?.destroy();
      designer.current = null;
      setLive(false);
    };
  }, [ready]);

  const loadError = base.isError || font.isError || failed;
  return (
    <section
      ref={section}
      aria-label="デザイナー（用紙の上での位置合わせ）"
      className="scroll-mt-24 space-y-3 rounded-8 border-2 border-blue-900 p-4"
    >
      <div className="flex flex-wrap items-center gap-2">
        <h3 className="mr-auto font-bold">用紙の上で位置を合わせる</h3>
        <Button
          disabled={!live}
          onClick={() =>
            designer.current && onApply(fromTemplate(designer.current.getTemplate(), form.fields))
          }
        >
          位置を反映して閉じる
        </Button>
        <Button variant="secondary" onClick={onClose}>
          反映せずに閉じる
        </Button>
      </div>
      <p className="text-sm text-solid-gray-700">
        青い文字は項目の名前です。欄をドラッグで動かし、角で大きさを変えます。左の部品から新しい欄を置けます（置いた欄は、反映した後に書く内容を選びます）。
      </p>
      {loadError && (
        <Alert tone="error" title="デザイナーを開けませんでした">
          位置は下の項目の「位置と大きさ（mm）」で直せます。再読み込みしても開けないときはシステム担当者に連絡してください。
        </Alert>
      )}
      {!ready && !loadError && <Spinner label="様式のPDFとフォントを読み込んでいます" showLabel />}
      <div
        ref={container}
        data-testid="designer-box"
        className="h-[calc(100vh-16rem)] min-h-[26rem] w-full overflow-hidden rounded-8 border border-solid-gray-420"
      />
    </section>
  );
}

/** What pdfme's icon-only buttons do, by the name of their icon (antd), in the studio's words. */
const iconNames: Record<string, string> = {
  plus: "拡大",
  minus: "縮小",
  "zoom-in": "拡大",
  "zoom-out": "縮小",
  left: "前のページ",
  right: "次のページ",
  "double-left": "最初のページ",
  "double-right": "最後のページ",
  delete: "削除",
  copy: "複製",
  close: "閉じる",
  "menu-fold": "一覧を閉じる",
  "menu-unfold": "一覧を開く",
  "unordered-list": "欄の一覧",
  holder: "並べ替え",
};

/**
 * pdfme's DOM is not ours: it has icon-only buttons without a name, and draggable boxes marked as
 * buttons around editable elements (axe: button-name, nested-interactive). Name the buttons from their
 * title or icon and make such boxes groups, now and whenever pdfme redraws.
 */
function repairDesignerA11y(root: HTMLElement): MutationObserver {
  const repair = () => {
    for (const button of root.querySelectorAll<HTMLElement>("button, [role='button']")) {
      const named = button.getAttribute("aria-label") || button.getAttribute("aria-labelledby");
      if (!named && !(button.textContent ?? "").trim()) {
        const icon = button.querySelector("[aria-label]")?.getAttribute("aria-label") ?? "";
        button.setAttribute(
          "aria-label",
          button.getAttribute("title") || iconNames[icon] || "デザイナーの操作",
        );
      }
      if (
        button.getAttribute("role") === "button" &&
        button.querySelector("button, input, textarea, select, a[href], [contenteditable='true'], [tabindex]")
      )
        button.setAttribute("role", "group");
    }
  };
  repair();
  let queued = false;
  const observer = new MutationObserver(() => {
    if (queued) return;
    queued = true;
    requestAnimationFrame(() => {
      queued = false;
      repair();
    });
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: ["role", "aria-label"],
  });
  return observer;
}
