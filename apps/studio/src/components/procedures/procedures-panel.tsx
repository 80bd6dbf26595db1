"use client";
import type { Department } from "@kakanai/engine";
import { Button } from "@kakanai/ui";
import { useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { addProcedure, moveProcedure, removeProcedure, updateProcedure } from "@/lib/procedure-ops";
import { ReadOnlyPart, usePartsOwnership } from "../editor/parts-ownership";
import { SortableList } from "../questions/sortable-list";
import { AddProcedureForm } from "./add-procedure-form";
import { ProcedureDetail } from "./procedure-detail";
import { SortableProcedureRow } from "./sortable-procedure-row";

interface Props {
  draft: FlowDraft;
  departments: Department[];
  update: (change: (draft: FlowDraft) => FlowDraft) => void;
}

/** Left: the procedures in slip order (add, reorder); right: the add form or the selected one's editor. */
export function ProceduresPanel({ draft, departments, update }: Props) {
  const [selectedKey, setSelectedKey] = useState<string | null>(draft.procedures[0]?.key ?? null);
  const [adding, setAdding] = useState(false);
  const selected = adding ? null : (draft.procedures.find((p) => p.key === selectedKey) ?? null);
  const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  const ownership = usePartsOwnership();
  // A department admin in another department's flow adds and keeps procedures of their own only.
  const own = ownership.editDepartmentKey;
  const mineOnly = own === null ? departments : departments.filter((d) => d.key === own);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,4fr)_minmax(0,8fr)]">
      <div className="space-y-4">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <h2 className="text-xl font-bold">手続き（{draft.procedures.length}件）</h2>
          <Button onClick={() => setAdding(true)} disabled={adding}>
            手続きを追加
          </Button>
        </div>
        <p className="text-sm text-solid-gray-700">
          この順に案内票に並びます。左端の「⠿」をドラッグするか、フォーカスしてスペースキーと矢印キーで並べ替えられます。
        </p>
        {draft.procedures.length === 0 ? (
          <p>このフローにはまだ手続きがありません。</p>
        ) : (
          <SortableList
            label="手続きの一覧"
            items={draft.procedures.map((p) => ({ id: p.key, label: p.title }))}
            onMove={(from, to) => update((d) => moveProcedure(d, from, to))}
          >
            {draft.procedures.map((p) => (
              <SortableProcedureRow
                key={p.key}
                procedure={p}
                departmentName={departmentName(p.departmentKey)}
                editable={ownership.canEdit(p.departmentKey)}
                selected={p.key === selected?.key}
                onSelect={() => {
                  setAdding(false);
                  setSelectedKey(p.key);
                }}
              />
            ))}
          </SortableList>
        )}
      </div>
      <div>
        {adding ? (
          <AddProcedureForm
            procedures={draft.procedures}
            departments={mineOnly}
            onCancel={() => setAdding(false)}
            onAdd={(procedure) => {
              update((d) => addProcedure(d, procedure));
              setAdding(false);
              setSelectedKey(procedure.key);
            }}
          />
        ) : selected ? (
          <ReadOnlyPart departmentKey={selected.departmentKey}>
            <ProcedureDetail
              key={selected.key}
              procedure={selected}
              draft={draft}
              departments={departments}
              assignable={ownership.canEdit(selected.departmentKey) ? mineOnly : departments}
              onChange={(change) => update((d) => updateProcedure(d, selected.key, change))}
              onFormChange={(formKey, change) =>
                update((d) => ({ ...d, forms: d.forms.map((f) => (f.key === formKey ? change(f) : f)) }))
              }
              onRemove={() => {
                update((d) => removeProcedure(d, selected.key));
                setSelectedKey(null);
              }}
            />
          </ReadOnlyPart>
        ) : (
          <p className="rounded-8 border border-dashed border-solid-gray-420 p-6 text-solid-gray-700">
            左の一覧から手続きを選ぶと、ここで条件・理由・期限・持ち物・様式を編集できます。
          </p>
        )}
      </div>
    </div>
  );
}
