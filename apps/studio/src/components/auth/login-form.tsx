"use client";
import { Alert, Button, TextField } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

export function LoginForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [loginId, setLoginId] = useState("");
  const [password, setPassword] = useState("");
  const [missing, setMissing] = useState<{ loginId?: string; password?: string }>({});
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        // The session cookie changed: drop anything cached for the previous (or no) user.
        queryClient.clear();
        router.replace("/");
      },
    }),
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    const next = {
      loginId: loginId.trim() ? undefined : "ログインIDを入力してください。",
      password: password ? undefined : "パスワードを入力してください。",
    };
    setMissing(next);
    if (next.loginId || next.password) return;
    login.mutate({ loginId: loginId.trim(), password });
  }

  return (
    <form onSubmit={submit} noValidate className="mt-8 space-y-6">
      {login.error && (
        <Alert tone="error" title="ログインできませんでした">
          {readError(login.error).message}
        </Alert>
      )}
      <TextField
        label="ログインID"
        name="loginId"
        autoComplete="username"
        value={loginId}
        onChange={(e) => setLoginId(e.target.value)}
        error={missing.loginId}
      />
      <TextField
        label="パスワード"
        name="password"
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={missing.password}
      />
      <Button type="submit" size="lg" className="w-full" disabled={login.isPending}>
        {login.isPending ? "確認しています…" : "ログイン"}
      </Button>
    </form>
  );
}
