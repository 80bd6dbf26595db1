"use client";
import { Alert, Button, Checkbox, CheckboxGroup, Select, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formError } from "./issue-for";
import { isStaffRole, roleOptions, type StaffRole } from "./role-labels";

export interface StaffRow {
  id: string;
  loginId: string;
  name: string;
  roles: StaffRole[];
  departmentId: string | null;
  disabled: boolean;
}

/**
 * Adds an account (the initial password is generated unless the admin types one) or edits
 * `editing`: name, roles, department, and disabling it, which logs it out everywhere at once.
 */
export function StaffForm({
  editing,
  isSelf,
  departmentOptions,
  onCreated,
  onSaved,
  onCancel,
  onStart,
}: {
  editing: StaffRow | null;
  isSelf: boolean;
  departmentOptions: { value: string; label: string }[];
  onCreated: (created: { name: string; loginId: string; password: string }) => void;
  onSaved: (name: string) => void;
  onCancel: () => void;
  /** A new submit: the section clears its last success message. */
  onStart: () => void;
}) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [name, setName] = useState(editing?.name ?? "");
  const [loginId, setLoginId] = useState(editing?.loginId ?? "");
  const [departmentId, setDepartmentId] = useState(editing?.departmentId ?? "");
  const [roles, setRoles] = useState<StaffRole[]>(editing?.roles ?? []);
  const [password, setPassword] = useState("");
  const [disabled, setDisabled] = useState(editing?.disabled ?? false);
  const nameRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (editing) nameRef.current?.focus();
  }, [editing]);

  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.admin.staff.list.queryKey() });
  const create = useMutation(
    trpc.admin.staff.create.mutationOptions({
      onSuccess: (created) => {
        refresh();
        onCreated({ name: name.trim(), loginId: created.loginId, password: created.initialPassword });
        setName("");
        setLoginId("");
        setDepartmentId("");
        setRoles([]);
        setPassword("");
      },
    }),
  );
  const update = useMutation(
    trpc.admin.staff.update.mutationOptions({
      onSuccess: () => {
        refresh();
        onSaved(name.trim());
      },
    }),
  );
  const mutation = editing ? update : create;
  const error = formError(mutation.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onStart();
    const fields = { name, roles, departmentId: departmentId || null };
    if (editing) update.mutate({ ...fields, id: editing.id, disabled });
    else create.mutate({ ...fields, loginId, password: password === "" ? undefined : password });
  };

  const headingId = editing ? "staff-form-edit" : "staff-form-new";
  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby={headingId}
      className="mt-6 grid gap-4 rounded-8 border border-solid-gray-420 p-4"
    >
      <h3 id={headingId} className="text-lg font-bold">
        {editing ? `${editing.name}さんのアカウントを編集` : "職員を追加"}
      </h3>
      <div className="grid gap-4 md:grid-cols-3">
        <TextField
          ref={nameRef}
          label="氏名"
          requiredMark
          hint="例: 税務 花子"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={error?.fields.name}
          autoComplete="off"
        />
        <TextField
          label="ログインID"
          requiredMark={editing ? undefined : true}
          hint={editing ? "作成後は変更できません" : "半角英数字と . _ -（3文字以上）"}
          value={loginId}
          onChange={(e) => setLoginId(e.target.value)}
          readOnly={Boolean(editing)}
          inputClassName={editing ? "read-only:bg-solid-gray-50" : undefined}
          error={error?.fields.loginId}
          autoComplete="off"
          spellCheck={false}
        />
        <Select
          label="所属課"
          hint="連携課職員・所属課の管理者は必須"
          placeholder="所属なし"
          options={departmentOptions}
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
          error={error?.fields.departmentId}
        />
      </div>
      <CheckboxGroup
        legend="役割"
        requiredMark
        hint="複数選べます。"
        inline
        options={roleOptions}
        value={roles}
        onChange={(next) => setRoles(next.filter(isStaffRole))}
        error={error?.fields.roles}
      />
      {editing ? (
        <Checkbox
          label="このアカウントを無効にする"
          hint={
            isSelf
              ? "自分自身のアカウントは無効にできません。"
              : "無効にすると、ログイン中の画面もすぐに使えなくなり、ログインもできなくなります。"
          }
          checked={disabled}
          disabled={isSelf}
          onChange={(e) => setDisabled(e.target.checked)}
        />
      ) : (
        <TextField
          label="初期パスワード"
          hint="空欄のままにすると自動で作成します（8文字以上）。作成後に一度だけ表示します。"
          type="text"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={error?.fields.password}
          autoComplete="new-password"
          spellCheck={false}
          inputClassName="md:max-w-sm"
        />
      )}
      {error && (
        <Alert tone="error" title={editing ? "保存できませんでした" : "追加できませんでした"}>
          {error.message}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={mutation.isPending}>
          {editing ? "保存する" : "職員を追加する"}
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
