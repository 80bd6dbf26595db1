"use client";
import { Alert, PageTitle } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/react";
import { DepartmentSection } from "./department-section";
import { HandoffSection } from "./handoff-section";
import { SettingsSection } from "./settings-section";
import { StaffSection } from "./staff-section";

/** 職員・部署: the system admin's page. The server refuses everyone else anyway; this says so kindly. */
export function AdminScreen() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  if (!me.data) return null;
  if (!me.data.roles.includes("system_admin")) {
    return (
      <Alert tone="error" title="この画面を使う権限がありません">
        職員と部署の管理はシステム管理者だけが行えます。
      </Alert>
    );
  }
  return (
    <>
      <PageTitle lead="部署（課）と職員のアカウントを管理します。作成したアカウントはすぐに窓口アプリとスタジオで使えます。">
        職員・部署
      </PageTitle>
      <div className="grid gap-10">
        <DepartmentSection />
        <StaffSection currentUserId={me.data.id} />
        <SettingsSection />
        <HandoffSection />
      </div>
    </>
  );
}
