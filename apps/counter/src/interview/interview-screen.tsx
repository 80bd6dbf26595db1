"use client";

import type { Answers, Bundle } from "@kakanai/engine";
import { Alert, Button, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useCallback } from "react";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { InterviewRunner } from "./interview-runner";

export function InterviewScreen({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  // Loaded once: from here on the runner owns the answers and only the server's replies change them.
  const session = useQuery(
    trpc.counter.session.queryOptions({ sessionId }, { staleTime: Number.POSITIVE_INFINITY }),
  );
  const { refetch } = session;
  const reload = useCallback(async () => {
    const res = await refetch();
    return res.data ? { answers: res.data.answers as Answers, revision: res.data.revision } : null;
  }, [refetch]);

  if (session.isPending) return <Spinner label="受付の内容を読み込んでいます" showLabel />;
  if (session.isError)
    return (
      <Alert
        tone="error"
        title="受付の内容を読み込めませんでした"
        actions={
          <>
            <Button onClick={() => session.refetch()}>再試行</Button>
            <Link href="/">ホームへ戻る</Link>
          </>
        }
      >
        {errorMessage(session.error)}
      </Alert>
    );

  const s = session.data;
  return (
    <InterviewRunner
      sessionId={sessionId}
      receptionNumber={s.receptionNumber}
      flowTitle={s.flowTitle}
      determined={s.status === "determined"}
      bundle={s.bundle as Bundle}
      initial={{ answers: s.answers as Answers, revision: s.revision }}
      reload={reload}
    />
  );
}
