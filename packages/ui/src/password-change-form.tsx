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

export interface NewPasswordFieldsProps {
  /** The rule the server applies (its password policy), shown under the first field. */
  minLength: number;
  newPassword: string;
  confirmPassword: string;
  onChange: (field: "newPassword" | "confirmPassword", value: string) => void;
  errors?: { newPassword?: ReactNode; confirmPassword?: ReactNode };
  /** 「新しいパスワード」 when changing one, 「パスワード」 when choosing the first. */
  label?: string;
}

/** A password someone chooses, typed twice, with the policy said next to it. */
export function NewPasswordFields({
  minLength,
  newPassword,
  confirmPassword,
  onChange,
  errors = {},
  label = "新しいパスワード",
}: NewPasswordFieldsProps) {
  return (
    <>
      <TextField
        label={label}
        type="password"
        name="new-password"
        autoComplete="new-password"
        hint={`${minLength}文字以上。文や語を組み合わせた長いものが安全です（空白や日本語も使えます）。ログインIDや氏名、よく使われる語は使えません。`}
        value={newPassword}
        onChange={(e) => onChange("newPassword", e.target.value)}
        error={errors.newPassword}
      />
      <TextField
        label={`${label}（確認）`}
        type="password"
        name="confirm-password"
        autoComplete="new-password"
        value={confirmPassword}
        onChange={(e) => onChange("confirmPassword", e.target.value)}
        error={errors.confirmPassword}
      />
    </>
  );
}

export interface PasswordChangeFormProps {
  /** Called once the three fields are filled and the new one was typed the same twice. */
  onSubmit: (change: PasswordChange) => void;
  pending: boolean;
  /** The change went through: says so (the server ended the account's other sessions). */
  done?: boolean;
  /** The server's refusal, already in Japanese; `field` puts it under that field too. */
  error?: { message: ReactNode; field?: string } | null;
  minLength: number;
  /**
   * An admin issued the current password and nothing else opens until it is changed: what opens
   * then (「スタジオ」, 「窓口の画面」).
   */
  requiredFor?: string;
  className?: string;
}

/**
 * Changing one's own password: the current one, the new one twice. Empty fields and a mismatch are
 * said at once; the password policy is the server's (its message comes back through `error`).
 */
export function PasswordChangeForm({
  onSubmit,
  pending,
  done = false,
  error,
  minLength,
  requiredFor,
  className = "space-y-5",
}: PasswordChangeFormProps) {
  const currentLabel = requiredFor ? "管理者から受け取ったパスワード" : "現在のパスワード";
  const [values, setValues] = useState<PasswordChange>({
    currentPassword: "",
    newPassword: "",
    confirmPassword: "",
  });
  const [local, setLocal] = useState<Partial<Record<Field, string>>>({});
  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));

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
    <div className="max-w-xl space-y-6">
      {requiredFor && (
        <Alert tone="warning" title="パスワードを変更してください">
          管理者が設定したパスワードでログインしています。ご自分で決めたパスワードに変更すると、{requiredFor}
          を使えるようになります。
        </Alert>
      )}
      {done && (
        <Alert tone="success" title="パスワードを変更しました">
          ほかの端末やブラウザでのログインは終了しました。次回から新しいパスワードでログインしてください。
        </Alert>
      )}
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
          onChange={(e) => set("currentPassword", e.target.value)}
          error={fieldError("currentPassword")}
        />
        <NewPasswordFields
          minLength={minLength}
          newPassword={values.newPassword}
          confirmPassword={values.confirmPassword}
          onChange={set}
          errors={{ newPassword: fieldError("newPassword"), confirmPassword: fieldError("confirmPassword") }}
        />
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? <Spinner label="変更しています" showLabel /> : "パスワードを変更する"}
        </Button>
      </form>
    </div>
  );
}
