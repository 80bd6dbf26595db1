"use client";

import { type FormEvent, type ReactNode, useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Spinner } from "./spinner";
import { TextField } from "./text-field";

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

type Field = keyof PasswordChange;

export interface PasswordChangeFormProps {
  /** Called once the three fields are filled and the new one was typed the same twice. */
  onSubmit: (change: PasswordChange) => void;
  pending: boolean;
  /** The server's refusal, already in Japanese; `field` puts it under that field too. */
  error?: { message: ReactNode; field?: string } | null;
  /** The rule the server applies, shown under 新しいパスワード. */
  minLength: number;
  /** Label of the current password (「管理者から受け取ったパスワード」 after a reset). */
  currentLabel?: string;
  className?: string;
}

/**
 * Changing one's own password: the current one, the new one twice. Empty fields and a mismatch are
 * said at once; the password policy is the server's (its message comes back through `error`).
 */
export function PasswordChangeForm({
  onSubmit,
  pending,
  error,
  minLength,
  currentLabel = "現在のパスワード",
  className = "space-y-5",
}: PasswordChangeFormProps) {
  const [values, setValues] = useState<PasswordChange>({
    currentPassword: "",
    newPassword: "",
    confirmPassword: "",
  });
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field) => (e: { target: { value: string } }) =>
    setValues((v) => ({ ...v, [field]: e.target.value }));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next: Partial<Record<Field, string>> = {
      currentPassword: values.currentPassword ? undefined : `${currentLabel}を入力してください。`,
      newPassword: values.newPassword ? undefined : "新しいパスワードを入力してください。",
      confirmPassword: !values.confirmPassword
        ? "確認のため、新しいパスワードをもう一度入力してください。"
        : values.confirmPassword !== values.newPassword
          ? "新しいパスワードと一致しません。同じものを入力してください。"
          : undefined,
    };
    setLocal(next);
    if (Object.values(next).some(Boolean)) return;
    onSubmit(values);
  };

  const fieldError = (field: Field) => local[field] ?? (error?.field === field ? error.message : undefined);

  return (
    <form onSubmit={submit} noValidate className={className} aria-label="パスワードの変更">
      {error && (
        <Alert tone="error" title="パスワードを変更できませんでした">
          {error.message}
        </Alert>
      )}
      <TextField
        label={currentLabel}
        type="password"
        name="current-password"
        autoComplete="current-password"
        value={values.currentPassword}
        onChange={set("currentPassword")}
        error={fieldError("currentPassword")}
      />
      <TextField
        label="新しいパスワード"
        type="password"
        name="new-password"
        autoComplete="new-password"
        hint={`${minLength}文字以上。文や語を組み合わせた長いものが安全です（空白や日本語も使えます）。ログインIDや氏名、よく使われる語は使えません。`}
        value={values.newPassword}
        onChange={set("newPassword")}
        error={fieldError("newPassword")}
      />
      <TextField
        label="新しいパスワード（確認）"
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        value={values.confirmPassword}
        onChange={set("confirmPassword")}
        error={fieldError("confirmPassword")}
      />
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? <Spinner label="変更しています" showLabel /> : "パスワードを変更する"}
      </Button>
    </form>
  );
}
