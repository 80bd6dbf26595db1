"use client";

import { type FormEvent, type ReactNode, useRef, useState } from "react";
import { Alert } from "./alert";
import { Button } from "./button";
import { Spinner } from "./spinner";
import { TextField } from "./text-field";

export interface LoginCredentials {
  loginId: string;
  password: string;
}

export interface LoginFormProps {
  /**
   * Called once both fields are filled in (the ID trimmed). `form.startOver` clears the password and
   * puts the focus back on the ID, for an app that wants that after wrong credentials.
   */
  onSubmit: (credentials: LoginCredentials, form: { startOver: () => void }) => void;
  /** The app is checking the credentials: the button is disabled and shows `pendingLabel`. */
  pending: boolean;
  /** Why the last attempt failed, already worded for people. */
  error?: ReactNode;
  pendingLabel?: ReactNode;
  autoFocus?: boolean;
  /** Classes for the form element (spacing); defaults to space-y-5. */
  className?: string;
}

/** The staff login form: ログインID, パスワード and ログイン. The app does the logging in. */
export function LoginForm({
  onSubmit,
  pending,
  error,
  pendingLabel = <Spinner label="ログインしています" showLabel />,
  autoFocus,
  className = "space-y-5",
}: LoginFormProps) {
  const [loginId, setLoginId] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ loginId?: string; password?: string }>({});
  const idRef = useRef<HTMLInputElement>(null);

  const startOver = () => {
    setPassword("");
    idRef.current?.focus();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      loginId: loginId.trim() ? undefined : "ログインIDを入力してください。",
      password: password ? undefined : "パスワードを入力してください。",
    };
    setMissing(next);
    if (next.loginId || next.password) return;
    onSubmit({ loginId: loginId.trim(), password }, { startOver });
  };

  return (
    <form onSubmit={submit} noValidate className={className}>
      {error && (
        <Alert tone="error" title="ログインできませんでした">
          {error}
        </Alert>
      )}
      <TextField
        ref={idRef}
        label="ログインID"
        name="username"
        autoComplete="username"
        autoFocus={autoFocus}
        value={loginId}
        onChange={(e) => setLoginId(e.target.value)}
        error={missing.loginId}
        spellCheck={false}
        autoCapitalize="none"
      />
      <TextField
        label="パスワード"
        type="password"
        name="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing.password}
      />
      <Button type="submit" size="lg" className="w-full" disabled={pending}>
        {pending ? pendingLabel : "ログイン"}
      </Button>
    </form>
  );
}
