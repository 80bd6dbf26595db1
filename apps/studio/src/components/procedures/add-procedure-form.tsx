"use client";
import type { Department } from "@kakanai/engine";
import { Button, Select, TextField } from "@kakanai/ui";
import { type FormEvent, useState } from "react";
import type { DraftProcedure } from "@/lib/flow-draft";
import { newProcedure, nextProcedureKey, procedureKeyProblem } from "@/lib/procedure-ops";

interface Props {
  procedures: DraftProcedure[];
  departments: Department[];
  onAdd: (procedure: DraftProcedure) => void;
  onCancel: () => void;
}

/** Name, department and key of a new procedure; conditions, deadline, items and forms come after. */
export function AddProcedureForm({ procedures, departments, onAdd, onCancel }: Props) {
  const [key, setKey] = useState(() => nextProcedureKey(procedures));
  const [title, setTitle] = useState("");
  const [departmentKey, setDepartmentKey] = useState(departments[0]?.key ?? "");
  const [tried, setTried] = useState(false);
  const keyError = procedureKeyProblem(key, procedures);
  const titleError = title.trim() ? null : "手続きの名前を入力してください。";
  const departmentError = departmentKey ? null : "担当課を選んでください。";

  function submit(event: FormEvent) {
    event.preventDefault();
    setTried(true);
    if (keyError || titleError || departmentError) return;
    onAdd(newProcedure(key, title.trim(), departmentKey));
  }

  return (
    <form
      onSubmit={submit}
      aria-label="手続きを追加"
      className="space-y-4 rounded-8 border border-solid-gray-420 p-4"
      noValidate
    >
      <h3 className="text-lg font-bold">手続きを追加</h3>
      <TextField
        label="手続きの名前"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        error={tried ? titleError : null}
        requiredMark
      />
      <Select
        label="担当課"
        value={departmentKey}
        onChange={(e) => setDepartmentKey(e.target.value)}
        options={departments.map((d) => ({ value: d.key, label: d.name }))}
        placeholder="選択してください"
        error={tried ? departmentError : null}
        requiredMark
      />
      <TextField
        label="キー"
        hint="フローテストや案内票で手続きを指す名前です。追加した後は変えられません。"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        error={tried ? keyError : null}
        inputClassName="max-w-40"
        requiredMark
      />
      <p className="text-sm text-solid-gray-700">
        追加した手続きは、条件を付けるまで毎回の受付で該当します。続けて適用条件・期限・持ち物・様式を設定してください。
      </p>
      <div className="flex gap-2">
        <Button type="submit">追加する</Button>
        <Button variant="tertiary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </form>
  );
}
