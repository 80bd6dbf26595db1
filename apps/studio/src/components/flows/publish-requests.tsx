"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/trpc/react";

/**
 * 「公開の申請」 for publishers: the department admins' open requests, each linking to the flow's 公開
 * tab where the changes, the flow tests and 承認して公開 / 差し戻す are. Nothing when none is open.
 */
export function PublishRequestList() {
  const trpc = useTRPC();
  const requests = useQuery(trpc.studio.review.list.queryOptions());
  if (!requests.data || requests.data.length === 0) return null;
  return (
    <section
      aria-labelledby="requests-heading"
      className="mb-6 rounded-8 border-2 border-blue-900 bg-blue-50 p-4"
    >
      <h2 id="requests-heading" className="text-xl font-bold">
        公開の申請（審査待ち {requests.data.length}件）
      </h2>
      <ul className="mt-2 space-y-2">
        {requests.data.map((r) => (
          <li key={r.id}>
            <Link href={`/flows/${r.flowId}?tab=publish`} className="font-bold">
              {r.flowTitle}（第{r.draftVersion}版）を審査する
            </Link>
            <span className="ml-2">
              申請: {r.submittedByName} ／ {formatDateTime(r.submittedAt)}
              {r.comment && ` ／ 「${r.comment}」`}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
