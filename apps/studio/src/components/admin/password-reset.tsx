"use client";
import { Alert, Button, TextField } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { type FormEvent, useEffect, useRef, useState } from "react";
import { useTRPC } from "@/trpc/react";
import { formError } from "./issue-for";

/** Sets a new password for one account (typed, or generated when left blank) and logs it out. */
export function PasswordReset({
  staff,
  onDone,
  onCancel,
}: {
  staff: { id: string; name: string };
  onDone: (password: string) => void;
  onCancel: () => void;
}) {
  const trpc = useTRPC();
  const [password, setPassword] = useState("");
  const fieldRef = useRef<HTMLInputElement>(null);
  useEffect(() => fieldRef.current?.focus(), []);
  const reset = useMutation(
    trpc.admin.staff.resetPassword.mutationOptions({ onSuccess: (r) => onDone(r.newPassword) }),
  );
  const error = formError(reset.error);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    reset.mutate({ id: staff.id, password: password === "" ? undefined : password });
  };

  return (
    <form
      onSubmit={submit}
      noValidate
      aria-labelledby="password-reset-title"
      className="mt-6 grid gap-4 rounded-8 border border-solid-gray-420 p-4"
    >
      <h3 id="password-reset-title" className="text-lg font-bold">
        {staff.name}さんのパスワードを再設定
      </h3>
      <p>
        再設定すると、この職員のログイン中の画面はすべてログアウトされ、古いパスワードは使えなくなります。
      </p>
      <TextField
        ref={fieldRef}
        label="新しいパスワード"
        hint="空欄のままにすると自動で作成します（8文字以上）。再設定後に一度だけ表示します。"
        type="text"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={error?.fields.password}
        autoComplete="new-password"
        spellCheck={false}
        inputClassName="md:max-w-sm"
      />
      {error && (
        <Alert tone="error" title="再設定できませんでした">
          {error.message}
        </Alert>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={reset.isPending}>
          パスワードを再設定する
        </Button>
        <Button variant="secondary" onClick={onCancel}>
          キャンセル
        </Button>
      </div>
    </form>
  );
}
