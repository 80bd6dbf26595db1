"use client";

import { Alert, Button, Card, Spinner, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useRef, useState } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

export function LoginForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [loginId, setLoginId] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ loginId?: string; password?: string }>({});
  const idRef = useRef<HTMLInputElement>(null);
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries();
        router.replace("/");
      },
      // Wrong credentials: clear the password and start again from the ID.
      onError: () => {
        setPassword("");
        idRef.current?.focus();
      },
    }),
  );

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = {
      loginId: loginId.trim() ? undefined : "ログインIDを入力してください。",
      password: password ? undefined : "パスワードを入力してください。",
    };
    setMissing(next);
    if (next.loginId || next.password) return;
    login.mutate({ loginId: loginId.trim(), password });
  };

  return (
    <Card as="section" aria-labelledby="login-title">
      <h1 id="login-title" className="mb-1 text-2xl font-bold">
        窓口システムにログイン
      </h1>
      <p className="mb-6 text-solid-gray-700">職員のログインIDとパスワードを入力してください。</p>
      <form onSubmit={submit} noValidate className="space-y-5">
        {login.error && (
          <Alert tone="error" title="ログインできませんでした">
            {errorMessage(login.error)}
          </Alert>
        )}
        <TextField
          ref={idRef}
          label="ログインID"
          name="username"
          autoComplete="username"
          autoFocus
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
        <Button type="submit" size="lg" className="w-full" disabled={login.isPending}>
          {login.isPending ? <Spinner label="ログインしています" showLabel /> : "ログイン"}
        </Button>
      </form>
    </Card>
  );
}
