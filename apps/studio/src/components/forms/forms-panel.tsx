"use client";
import type { Department } from "@kakanai/engine";
import type { FlowDraft } from "@/lib/flow-draft";

interface Props {
  draft: FlowDraft;
  departments: Department[];
  update: (change: (draft: FlowDraft) => FlowDraft) => void;
}

/** The application forms this flow prints: which department, on what paper, how many fields. */
export function FormsPanel({ draft, departments }: Props) {
  const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  if (draft.forms.length === 0) return <p>このフローにはまだ申請書（様式）がありません。</p>;
  return (
    <div>
      <h2 className="mb-3 text-xl font-bold">申請書の様式（{draft.forms.length}件）</h2>
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-solid-gray-900">
            <th className="py-2 pr-4">様式</th>
            <th className="py-2 pr-4">担当課</th>
            <th className="py-2 pr-4">用紙</th>
            <th className="py-2">項目数</th>
          </tr>
        </thead>
        <tbody>
          {draft.forms.map((f) => (
            <tr key={f.key} className="border-b border-solid-gray-420">
              <td className="py-2 pr-4">
                <span className="font-bold">{f.key}</span> {f.title}
              </td>
              <td className="py-2 pr-4">{departmentName(f.departmentKey)}</td>
              <td className="py-2 pr-4">{f.basePdfSha256 ? "課の様式（PDF）" : "標準レイアウト"}</td>
              <td className="py-2">{f.fields.length}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
