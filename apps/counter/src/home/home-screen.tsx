"use client";

import { PageTitle, Spinner } from "@kakanai/ui";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { canRunCounter, useMe } from "@/auth/use-me";
import { OpenSessions } from "./open-sessions";
import { PreApplicationField } from "./pre-application-field";
import { StartFlow } from "./start-flow";

export function HomeScreen() {
  const router = useRouter();
  const me = useMe();
  // Linked-department clerks only read slips: their home is the QR screen.
  const counter = me.data ? canRunCounter(me.data.roles) : false;
  useEffect(() => {
    if (me.data && !counter) router.replace("/scan");
  }, [me.data, counter, router]);
  if (!counter) return <Spinner label="QR読み取り画面へ移動しています" showLabel />;

  return (
    <>
      <PageTitle
        lead="来庁者のご用件に合う手続きを選んで、一問一答で聞き取りを始めます。"
        actions={
          <Link
            href="/scan"
            className="inline-flex min-h-12 items-center rounded-8 border border-blue-900 bg-white px-4 font-bold text-blue-900 no-underline hover:bg-blue-50"
          >
            QR読み取り（連携窓口）
          </Link>
        }
      >
        窓口受付
      </PageTitle>
      <div className="grid gap-6">
        <StartFlow />
        <PreApplicationField />
        <OpenSessions />
      </div>
    </>
  );
}
