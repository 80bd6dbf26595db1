"use client";
import type { Department } from "@kakanai/engine";
import { cn } from "@kakanai/ui";
import { useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { ProcedureDetail } from "./procedure-detail";

interface Props {
  draft: FlowDraft;
  departments: Department[];
  update: (change: (draft: FlowDraft) => FlowDraft) => void;
}

export function ProceduresPanel({ draft, departments, update }: Props) {
  const [selectedKey, setSelectedKey] = useState<string | null>(draft.procedures[0]?.key ?? null);
  const selected = draft.procedures.find((p) => p.key === selectedKey) ?? null;
  const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;

  if (draft.procedures.length === 0) {
    return <p>このフローにはまだ手続きがありません。</p>;
  }

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,4fr)_minmax(0,8fr)]">
      <div>
        <h2 className="mb-3 text-xl font-bold">手続き（{draft.procedures.length}件）</h2>
        <ul aria-label="手続きの一覧" className="space-y-1">
          {draft.procedures.map((p) => {
            const isSelected = p.key === selectedKey;
            return (
              <li key={p.key}>
                <button
                  type="button"
                  aria-current={isSelected ? "true" : undefined}
                  onClick={() => setSelectedKey(p.key)}
                  className={cn(
                    "w-full rounded-8 border px-3 py-2 text-left",
                    isSelected
                      ? "border-2 border-blue-900 bg-blue-50"
                      : "border-solid-gray-200 hover:bg-solid-gray-50",
                  )}
                >
                  <span className="block font-bold">
                    <span className="mr-2 text-solid-gray-700">{p.key}</span>
                    {p.title}
                  </span>
                  <span className="text-sm text-solid-gray-700">{departmentName(p.departmentKey)}</span>
                </button>
              </li>
            );
          })}
        </ul>
      </div>
      {selected && (
        <ProcedureDetail
          key={selected.key}
          procedure={selected}
          draft={draft}
          departmentName={departmentName(selected.departmentKey)}
          onRuleChange={(rule) =>
            update((d) => ({
              ...d,
              procedures: d.procedures.map((p) => (p.key === selected.key ? { ...p, rule } : p)),
            }))
          }
        />
      )}
    </div>
  );
}
