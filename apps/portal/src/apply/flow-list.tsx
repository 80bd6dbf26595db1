"use client";

import { Alert, Spinner } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useTRPC } from "@/trpc/client";
import { errorMessage } from "@/trpc/provider";

/** The first screen: what this is, and the flows a resident can fill in before coming. */
export function FlowList() {
  const trpc = useTRPC();
  const flows = useQuery(trpc.portal.flows.queryOptions());
  return (
    <div className="grid gap-6">
      <div>
        <h1 className="text-[1.75rem] font-bold leading-1-5">窓口に来る前に入力する</h1>
        <p className="mt-3 leading-1-7 text-solid-gray-800">
          届出の内容を、来庁前にこのページで入力できます。入力が終わると番号とQRコードが表示されます。窓口で見せると、職員が読み込んで続きをお伺いします。
        </p>
        <ul className="mt-3 list-disc space-y-1 pl-5 text-solid-gray-800">
          <li>アカウントの登録はいりません。</li>
          <li>入力した内容は7日間だけ保存され、その後は削除されます。</li>
          <li>この端末には保存されません。</li>
        </ul>
      </div>
      <section aria-labelledby="flows-heading">
        <h2 id="flows-heading" className="text-xl font-bold">
          手続きを選んでください
        </h2>
        {flows.isPending && <Spinner label="読み込んでいます" showLabel />}
        {flows.isError && (
          <Alert tone="error" title="手続きの一覧を読み込めませんでした" className="mt-3">
            {errorMessage(flows.error)}
          </Alert>
        )}
        {flows.data?.length === 0 && <p className="mt-3">いま事前に入力できる手続きはありません。</p>}
        <ul className="mt-3 grid gap-3">
          {flows.data?.map((f) => (
            <li key={f.bundleId}>
              <Link
                href={`/apply/${f.bundleId}`}
                className="block rounded-12 border border-solid-gray-300 bg-white px-4 py-4 text-lg font-bold text-blue-1000 underline underline-offset-4 shadow-1 hover:bg-blue-50 focus-visible:outline-4 focus-visible:outline-black focus-visible:outline-offset-2 focus-visible:bg-yellow-300"
              >
                {f.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
