"use client";

import { AccountActions, Alert, AppHeader, Button, Spinner } from "@kakanai/ui";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect } from "react";
import { errorMessage } from "@/trpc/errors";
import { IdleLock } from "./idle-lock";
import { PasswordChange } from "./password-change";
import { useLogout } from "./use-logout";
import { useMe } from "./use-me";

/** Header + main for every logged-in screen; sends a logged-out (or expired) user to /login. */
export function StaffShell({ children, idleLockMinutes }: { children: ReactNode; idleLockMinutes: number }) {
  const router = useRouter();
  const me = useMe();
  const logout = useLogout();
  const loggedOut = me.isSuccess && me.data === null;

  useEffect(() => {
    if (loggedOut) router.replace("/login");
  }, [loggedOut, router]);

  return (
    <IdleLock minutes={idleLockMinutes} userId={me.data?.id ?? ""}>
      <AppHeader
        appName="窓口"
        municipality={me.data?.municipalityName}
        userName={me.data?.name}
        departmentName={me.data?.departmentName}
        logout={<AccountActions onLogout={() => logout.mutate()} pending={logout.isPending} />}
      />
      {/* A screen that lays out many answers at once (the review) asks for the laptop's full width. */}
      <main id="main" className="mx-auto max-w-5xl px-4 py-8 has-[[data-wide-screen]]:max-w-7xl">
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
        ) : me.data?.mustChangePassword ? (
          // An admin issued this password: nothing else until the clerk chose their own.
          <PasswordChange required />
        ) : (
          children
        )}
      </main>
    </IdleLock>
  );
}
