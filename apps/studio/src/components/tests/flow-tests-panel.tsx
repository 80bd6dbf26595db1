"use client";
import type { FlowDraft } from "@/lib/flow-draft";

/**
 * The flow's tests as data: "with these answers, expect these procedures". Publishing runs every one
 * of them and refuses to publish if one fails.
 */
export function FlowTestsPanel({ draft }: { draft: FlowDraft }) {
  if (draft.tests.length === 0) return <p>このフローにはまだテストがありません。</p>;
  return (
    <div>
      <h2 className="mb-1 text-xl font-bold">フローのテスト（{draft.tests.length}件）</h2>
      <p className="mb-4 text-solid-gray-700">公開するときにすべて実行し、1件でも失敗すると公開しません。</p>
      <ul aria-label="フローのテスト" className="space-y-2">
        {draft.tests.map((t) => (
          <li key={t.name} className="rounded-8 border border-solid-gray-420 bg-white p-3">
            <p className="font-bold">{t.name}</p>
            <p className="text-sm text-solid-gray-700">
              期待する手続き: {t.expectProcedures.length > 0 ? t.expectProcedures.join("、") : "なし"}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
