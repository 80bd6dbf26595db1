"use client";
import { AccountActions, Alert, AppHeader, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { type ReactNode, useEffect } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import { PasswordChange } from "./password-change";
import { useLogout } from "./use-logout";

const studioRoles = new Set(["dept_admin", "publisher", "system_admin"]);

/**
 * Every studio page needs a logged-in editor. The proxy already redirects when there is no cookie;
 * this catches expired sessions and staff whose roles do not include the studio.
 */
export function AuthGate({ children }: { children: ReactNode }) {
  const trpc = useTRPC();
  const router = useRouter();
  const me = useQuery(trpc.auth.me.queryOptions());
  const logout = useLogout();

  useEffect(() => {
    if (me.isSuccess && me.data === null) router.replace("/login");
  }, [me.isSuccess, me.data, router]);

  if (me.isPending || (me.isSuccess && !me.data)) {
    return (
      <main id="main" className="p-8">
        <Spinner label="ログイン状態を確認しています" showLabel />
      </main>
    );
  }
  if (me.isError) {
    return (
      <main id="main" className="mx-auto max-w-3xl p-8">
        <Alert tone="error" title="ログイン状態を確認できませんでした">
          {readError(me.error).message}
        </Alert>
      </main>
    );
  }
  const user = me.data;
  if (!user) return null;
  const allowed = user.roles.some((r) => studioRoles.has(r));
  return (
    <>
      <AppHeader
        appName="スタジオ"
        municipality={user.municipalityName}
        userName={user.name}
        departmentName={user.departmentName}
        logout={<AccountActions onLogout={() => logout.mutate()} pending={logout.isPending} />}
      />
      <main id="main" className="mx-auto max-w-6xl px-4 py-8">
        {user.mustChangePassword ? (
          <>
            <h1 className="mb-6 text-[1.75rem] font-bold">パスワードの変更</h1>
            <PasswordChange required />
          </>
        ) : allowed ? (
          children
        ) : (
          <Alert tone="error" title="この画面を使う権限がありません">
            スタジオはフローの編集者（所属課の管理者・公開担当）だけが使えます。必要な場合はシステム管理者に権限の追加を依頼してください。
          </Alert>
        )}
      </main>
    </>
  );
}
