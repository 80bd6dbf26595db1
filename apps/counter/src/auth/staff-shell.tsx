"use client";

import { Alert, AppHeader, Button, Spinner } from "@kakanai/ui";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { useMe } from "./use-me";

/** Header + main for every logged-in screen; sends a logged-out (or expired) user to /login. */
export function StaffShell({ children }: { children: ReactNode }) {
  const router = useRouter();
  const me = useMe();
  const loggedOut = me.isSuccess && me.data === null;

  useEffect(() => {
    if (loggedOut) router.replace("/login");
  }, [loggedOut, router]);

  return (
    <>
      <AppHeader
        appName="窓口"
        municipality={me.data?.municipalityName}
        userName={me.data?.name}
        departmentName={me.data?.departmentName}
        logout={<LogoutButton />}
      />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {me.isPending || loggedOut ? (
          <Spinner label="確認しています" showLabel />
        ) : me.isError ? (
          <Alert
            tone="error"
            title="ログイン状態を確認できませんでした"
            actions={<Button onClick={() => me.refetch()}>再試行</Button>}
          >
            {errorMessage(me.error)}
          </Alert>
        ) : (
          children
        )}
      </main>
    </>
  );
}

function LogoutButton() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      // Drop every cached resident's data from memory before leaving the screen.
      onSettled: () => {
        queryClient.clear();
        router.replace("/login");
      },
    }),
  );
  return (
    <Button variant="secondary" size="sm" onClick={() => logout.mutate()} disabled={logout.isPending}>
      ログアウト
    </Button>
  );
}
