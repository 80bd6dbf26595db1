"use client";

import type { Answers, Determination } from "@kakanai/engine";
import { Alert, Button, ButtonLink, PageTitle, Spinner } from "@kakanai/ui";
import { useMutation, useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { HandOver } from "@/hand-over/hand-over";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/errors";
import { DepartmentProcedures } from "./department-procedures";
import { memberNames } from "./member-names";

export function ResultScreen({ sessionId }: { sessionId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const session = useQuery(trpc.counter.session.queryOptions({ sessionId }));
  const complete = useMutation(
    trpc.counter.complete.mutationOptions({ onSuccess: () => void session.refetch() }),
  );

  if (session.isPending) return <Spinner label="判定結果を読み込んでいます" showLabel />;
  if (session.isError)
    return (
      <Alert
        tone="error"
        title="判定結果を読み込めませんでした"
        actions={<Button onClick={() => session.refetch()}>再試行</Button>}
      >
        {errorMessage(session.error)}
      </Alert>
    );

  const s = session.data;
  const determination = s.determination as Determination | null;
  if (!determination)
    return (
      <Alert tone="warning" title="まだ判定していません">
        聞き取りを最後まで進めて「判定する」を押してください。
        <Link href={`/interview/${sessionId}`}>聞き取りに戻る</Link>
      </Alert>
    );

  const names = memberNames(s.bundle, s.answers as Answers);
  const q = `session=${encodeURIComponent(sessionId)}`;
  const count = determination.procedures.length;
  // おくやみ: the family takes a checklist instead of the 住民異動届, and every department's forms at once.
  const okuyami = s.bundle.flow.kind === "okuyami";
  const hasForms = determination.procedures.some((p) => p.forms.length > 0);
  return (
    <>
      <PageTitle lead={`${s.flowTitle}　該当する手続き ${count} 件`}>判定結果</PageTitle>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-4 rounded-12 border-2 border-blue-900 bg-white p-6">
        <p className="text-lg">
          受付番号{" "}
          <span className="ml-2 text-[2rem] font-bold leading-1-2 text-blue-1000">{s.receptionNumber}</span>
        </p>
        <div className="flex flex-wrap gap-3">
          {okuyami ? (
            <>
              <ButtonLink href={`/api/pdf/checklist?${q}`} target="_blank" rel="noopener" size="lg">
                ご遺族向けチェックリストを印刷（PDF）
              </ButtonLink>
              {hasForms && (
                <ButtonLink
                  href={`/api/pdf/okuyami-forms?${q}`}
                  target="_blank"
                  rel="noopener"
                  size="lg"
                  variant="secondary"
                >
                  各課の申請書をまとめて印刷（PDF）
                </ButtonLink>
              )}
            </>
          ) : (
            <ButtonLink href={`/api/pdf/todoke?${q}`} target="_blank" rel="noopener" size="lg">
              {todokeLabel(s.bundle.flow.kind)}
            </ButtonLink>
          )}
          <ButtonLink
            href={`/api/pdf/slip?${q}`}
            target="_blank"
            rel="noopener"
            size="lg"
            variant="secondary"
          >
            手続き案内票を印刷（PDF）
          </ButtonLink>
        </div>
      </div>
      <p className="mb-4 text-sm text-solid-gray-700">
        PDFは新しいタブで開きます。手続き案内票のQRコードを、各課の窓口で読み取ってもらいます。
        {okuyami &&
          `チェックリストはご遺族にお渡しください（期限と持ち物の一覧です）。${hasForms ? "各課の申請書は課の順に記入済みで印刷されます。" : ""}`}
      </p>
      <div className="grid gap-6">
        {determination.departments.map((d) => (
          <DepartmentProcedures key={d.key} department={d} memberNames={names} />
        ))}
      </div>
      <div aria-live="polite" className="mt-8">
        {s.status === "completed" && (
          <Alert tone="success" title="この受付は終了しました">
            回答と判定結果は、保存期間が過ぎると自動で削除されます（件数の統計は残ります）。印刷はそれまでやり直せます。
          </Alert>
        )}
        {complete.isError && (
          <Alert tone="error" title="受付を終えられませんでした">
            {errorMessage(complete.error)}
          </Alert>
        )}
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-3">
        {s.status !== "completed" && (
          <>
            <Button
              variant="secondary"
              disabled={complete.isPending}
              onClick={() => complete.mutate({ sessionId })}
            >
              {complete.isPending ? "終了しています…" : "受付を終える"}
            </Button>
            <Link href={`/interview/${sessionId}`} className="inline-flex min-h-12 items-center px-2">
              回答を修正する
            </Link>
            <HandOver
              sessionId={sessionId}
              receptionNumber={s.receptionNumber}
              onHandedOver={() => router.push("/")}
            />
          </>
        )}
        <Link href="/" className="inline-flex min-h-12 items-center px-2">
          ホームへ戻る（次の受付へ）
        </Link>
      </div>
    </>
  );
}

/** The counter department's forms of this flow (`/api/pdf/todoke`), named as the resident knows them. */
function todokeLabel(kind: string): string {
  switch (kind) {
    case "jumin-idou":
      return "住民異動届を印刷（PDF）";
    case "shussei":
      return "出生届を印刷（PDF）";
    case "shoumei":
      return "交付請求書を印刷（PDF）";
    default:
      return "届出書を印刷（PDF）";
  }
}
