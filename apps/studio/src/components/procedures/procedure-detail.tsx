"use client";
import type { Department } from "@kakanai/engine";
import { Button, Checkbox, Select, TextField } from "@kakanai/ui";
import { useMemo } from "react";
import type { DraftProcedure, FlowDraft } from "@/lib/flow-draft";
import { memberReasonPreview, setOptional } from "@/lib/procedure-ops";
import { ConditionEditor } from "../conditions/condition-editor";
import { DeadlineEditor } from "./deadline-editor";
import { FormRequirements } from "./form-requirements";
import { ItemsEditor } from "./items-editor";

type FormDef = FlowDraft["forms"][number];

interface Props {
  procedure: DraftProcedure;
  draft: FlowDraft;
  departments: Department[];
  /** The departments the 担当課 may be set to (a department admin in another's flow: their own). */
  assignable?: Department[];
  onChange: (change: (p: DraftProcedure) => DraftProcedure) => void;
  /** A form's own settings (rows per sheet), shared by every procedure that prints it. */
  onFormChange: (formKey: string, change: (f: FormDef) => FormDef) => void;
  onRemove: () => void;
}

/** Mount with key={procedure.key}: the condition editors analyse their rules once per procedure. */
export function ProcedureDetail({
  procedure,
  draft,
  departments,
  assignable = departments,
  onChange,
  onFormChange,
  onRemove,
}: Props) {
  const set = <K extends keyof DraftProcedure>(key: K, value: DraftProcedure[K] | undefined) =>
    onChange((p) => setOptional(p, key, value));
  const text = (value: string) => (value.trim() === "" ? undefined : value);
  const perMember = procedure.memberRule !== undefined;
  const titleError = procedure.title.trim()
    ? null
    : "手続きの名前が空です。案内票に出る名前を入力してください。";
  const knownDepartment = assignable.some((d) => d.key === procedure.departmentKey);
  const sample = firstMemberName(draft);
  const computed = useMemo(() => (draft.computed ?? []).map((c) => c.key), [draft.computed]);

  function remove() {
    const ok = window.confirm(
      `「${procedure.key} ${procedure.title}」を削除しますか？この手続きを期待するフローテストは、公開前に直す必要があります。`,
    );
    if (ok) onRemove();
  }

  return (
    <section
      aria-label={`手続き ${procedure.title}`}
      className="space-y-8 rounded-8 border border-solid-gray-420 p-4"
    >
      <div className="space-y-4">
        <p className="text-sm text-solid-gray-700">
          キー: <code className="font-bold">{procedure.key}</code>
        </p>
        <TextField
          label="手続きの名前"
          value={procedure.title}
          onChange={(e) => onChange((p) => ({ ...p, title: e.target.value }))}
          error={titleError}
        />
        <Select
          label="担当課"
          value={procedure.departmentKey}
          onChange={(e) => onChange((p) => ({ ...p, departmentKey: e.target.value }))}
          options={[
            ...assignable.map((d) => ({ value: d.key, label: `${d.name}（${d.counter || "窓口未設定"}）` })),
            ...(knownDepartment
              ? []
              : [{ value: procedure.departmentKey, label: `${procedure.departmentKey}（未登録の課）` }]),
          ]}
        />
        <TextField
          label="説明（任意）"
          hint="スタジオで手続きを見分けるためのメモです。窓口には出ません。"
          value={procedure.description ?? ""}
          onChange={(e) => set("description", text(e.target.value))}
        />
      </div>

      <ConditionEditor
        title="適用条件"
        emptyMeaning="このフローでは常に適用されます"
        rule={procedure.rule}
        questions={draft.questions}
        computed={computed}
        // The contract requires a rule; "no condition" is stored as JSON Logic `true` (always).
        onChange={(rule) => set("rule", rule ?? true)}
      />

      <div className="space-y-3">
        <h3 className="text-lg font-bold">対象となる世帯員</h3>
        <Checkbox
          label="世帯員ごとに判定する（条件に合う世帯員が1人以上いるときだけ適用し、その人を対象者にします）"
          checked={perMember}
          onChange={(e) => set("memberRule", e.target.checked ? true : undefined)}
        />
        {perMember && (
          <ConditionEditor
            title="対象となる世帯員の条件"
            emptyMeaning="世帯員全員が対象になります"
            rule={procedure.memberRule}
            questions={draft.questions}
            computed={computed}
            scope="member"
            onChange={(rule) => set("memberRule", rule ?? true)}
          />
        )}
      </div>

      <div className="space-y-4">
        <h3 className="text-lg font-bold">住民に表示する理由</h3>
        <TextField
          label="理由（世帯に対して）"
          hint={`案内票に「なぜこの手続きが必要か」として出ます。空欄なら「${procedure.title}の対象です」。`}
          value={procedure.reason ?? ""}
          onChange={(e) => set("reason", text(e.target.value))}
        />
        {perMember && (
          <TextField
            label="理由（対象の世帯員ごと）"
            hint={`世帯員の名前の後に出ます。例: ${memberReasonPreview(sample, procedure.memberReason || `${procedure.title}の対象`)}`}
            value={procedure.memberReason ?? ""}
            onChange={(e) => set("memberReason", text(e.target.value))}
          />
        )}
      </div>

      <DeadlineEditor
        procedure={procedure}
        questions={draft.questions}
        computed={computed}
        onChange={onChange}
      />
      <ItemsEditor
        procedure={procedure}
        questions={draft.questions}
        computed={computed}
        onChange={onChange}
      />
      <FormRequirements
        procedure={procedure}
        draft={draft}
        departments={departments}
        computed={computed}
        onChange={onChange}
        onFormChange={onFormChange}
      />

      <div className="border-t border-solid-gray-200 pt-4">
        <Button variant="danger" size="sm" onClick={remove}>
          この手続きを削除
        </Button>
      </div>
    </section>
  );
}

/** A name to show in the member-reason example: the first flow test's first member, or a sample. */
function firstMemberName(draft: FlowDraft): string {
  for (const t of draft.tests ?? []) {
    for (const value of Object.values(t.answers)) {
      if (!Array.isArray(value)) continue;
      const name = (value[0] as { name?: unknown } | undefined)?.name;
      if (typeof name === "string" && name.trim()) return name;
    }
  }
  return "東雲 花子";
}
