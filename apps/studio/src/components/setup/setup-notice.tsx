"use client";
import { Alert } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/react";

/** On the login screen of a Kakanai without any staff account: where to begin instead. */
export function SetupNotice() {
  const trpc = useTRPC();
  const status = useQuery(trpc.setup.status.queryOptions());
  if (!status.data?.needed) return null;
  return (
    <Alert tone="info" title="初期設定がまだです" className="mt-6">
      職員のアカウントがまだありません。<Link href="/setup">初期設定</Link>
      で自治体と最初のシステム管理者を登録してください。
    </Alert>
  );
}
