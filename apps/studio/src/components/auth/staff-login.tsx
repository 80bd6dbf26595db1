"use client";
import { LoginForm } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

export function StaffLogin() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const login = useMutation(
    trpc.auth.login.mutationOptions({
      onSuccess: async () => {
        // The session cookie changed: drop anything cached for the previous (or no) user.
        queryClient.clear();
        router.replace("/");
      },
    }),
  );

  return (
    <LoginForm
      // The login screen exists to type the ID: start there, as the counter does.
      autoFocus
      className="mt-8 space-y-6"
      pending={login.isPending}
      pendingLabel="確認しています…"
      error={login.error && readError(login.error).message}
      onSubmit={(credentials) => login.mutate(credentials)}
    />
  );
}
