"use client";
import { Alert, Button, Checkbox, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formError } from "./issue-for";

export interface DepartmentRow {
  id: string;
  key: string;
  name: string;
  counter: string;
  linked: boolean;
}

/**
 * Adds a department, or edits `editing`. The key is chosen once: procedures and published bundles
 * refer to it, so it is shown but not editable afterwards.
 */
export function DepartmentForm({
  editing,
  onDone,
  onCancel,
  onStart,
}: {
  editing: DepartmentRow | null;
  onDone: (message: string) => void;
  onCancel: () => void;
  /** A new submit: the section clears its last success message. */
  onStart: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(editing?.name ?? "");
  const [key, setKey] = useState(editing?.key ?? "");
  const [counter, setCounter] = useState(editing?.counter ?? "");
  const [linked, setLinked] = useState(editing?.linked ?? true);
  const nameRef = useRef<HTMLInputElement>(null);

  // Choosing 編集 in the table moves the keyboard here.
  useEffect(() => {
    if (editing) nameRef.current?.focus();
  }, [editing]);

  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: trpc.admin.departments.list.queryKey() });
    void queryClient.invalidateQueries({ queryKey: trpc.admin.staff.list.queryKey() });
  };
  const create = useMutation(
    trpc.admin.departments.create.mutationOptions({
      onSuccess: () => {
        refresh();
        onDone(`${name.trim()}を追加しました。`);
        setName("");
        setKey("");
        setCounter("");
        setLinked(true);
      },
    }),
  );
  const update = useMutation(
    trpc.admin.departments.update.mutationOptions({
      onSuccess: () => {
        refresh();
        onDone(`${name.trim()}を保存しました。`);
      },
    }),
  );
  const mutation = editing ? update : create;
  const error = formError(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    if (editing) update.mutate({ id: editing.id, name, counter, linked });
    else create.mutate({ key, name, counter, linked });
  };

  const headingId = editing ? "department-form-edit" : "department-form-new";
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="mt-6 grid gap-4 rounded-8 border border-solid-gray-420 p-4"
    >
      <h3 id={headingId} className="text-lg font-bold">
        {editing ? `${editing.name}を編集` : "部署を追加"}
      </h3>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          ref={nameRef}
          label="部署名"
          requiredMark
          hint="例: 税務課"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error?.fields.name}
          autoComplete="off"
        />
        <TextField
          label="部署キー"
          requiredMark={editing ? undefined : true}
          hint={editing ? "作成後は変更できません" : "半角英小文字（例: zeimu）"}
          value={key}
          onChange={(e) => setKey(e.target.value)}
          readOnly={Boolean(editing)}
          inputClassName={editing ? "read-only:bg-solid-gray-50" : undefined}
          error={error?.fields.key}
          autoComplete="off"
          spellCheck={false}
        />
        <TextField
          label="窓口の場所"
          hint="例: 2階 24番"
          value={counter}
          onChange={(e) => setCounter(e.target.value)}
          error={error?.fields.counter}
          autoComplete="off"
        />
      </div>
      <Checkbox
        label="連携課にする（手続き案内票に載せ、QRコードの読み取りで対応する）"
        checked={linked}
        onChange={(e) => setLinked(e.target.checked)}
      />
      {error && (
        <Alert tone="error" title={editing ? "保存できませんでした" : "追加できませんでした"}>
          {error.message}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {editing ? "保存する" : "部署を追加する"}
        </Button>
        {editing && (
          <Button variant="secondary" onClick={onCancel}>
            キャンセル
          </Button>
        )}
      </div>
    </form>
  );
}
