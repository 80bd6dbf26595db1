"use client";

import { Card, LoginForm } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";

export function StaffLogin() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: () => {
        // The session cookie changed: drop everything cached for the previous (or no) user. Only
        // invalidating left a cached `me: null` from an ended session, which sent the freshly logged-in
        // clerk straight back to /login.
        queryClient.clear();
        router.replace("/");
      },
    }),
  );

  return (
    <Card as="section" aria-labelledby="login-title">
      <h1 id="login-title" className="mb-1 text-2xl font-bold">
        窓口システムにログイン
      </h1>
      <p className="mb-6 text-solid-gray-700">職員のログインIDとパスワードを入力してください。</p>
      <LoginForm
        autoFocus
        pending={login.isPending}
        error={login.error && errorMessage(login.error)}
        // Wrong credentials: clear the password and start again from the ID.
        onSubmit={(credentials, form) => login.mutate(credentials, { onError: form.startOver })}
      />
    </Card>
  );
}
