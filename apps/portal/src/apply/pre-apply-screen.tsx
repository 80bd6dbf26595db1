"use client";

import type { Bundle } from "@kakanai/engine";
import { Alert, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/provider";
import { PreApplyRunner } from "./pre-apply-runner";

export function PreApplyScreen({ bundleId }: { bundleId: string }) {
  const trpc = useTRPC();
  const flow = useQuery(trpc.portal.flow.queryOptions({ bundleId }, { staleTime: Number.POSITIVE_INFINITY }));
  if (flow.isPending) return <Spinner label="質問を読み込んでいます" showLabel />;
  if (flow.isError)
    return (
      <Alert tone="error" title="この手続きは開けませんでした" actions={<Link href="/">手続きの一覧へ</Link>}>
        {errorMessage(flow.error)}
      </Alert>
    );
  return <PreApplyRunner bundleId={bundleId} title={flow.data.title} bundle={flow.data.bundle as Bundle} />;
}
