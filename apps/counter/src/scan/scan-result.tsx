"use client";

import type { DeterminedProcedure } from "@kakanai/engine";
import { ButtonLink, Card } from "@kakanai/ui";
import { DepartmentProcedures } from "@/result/department-procedures";

export interface ScanResultData {
  linkId: string;
  receptionNumber: string | number;
  flowTitle: string;
  department: { key: string; name: string; counter: string };
  procedures: DeterminedProcedure[];
  members: { index: number; name: string; kana: string; birthDateWareki: string }[];
}

export function ScanResult({ result }: { result: ScanResultData }) {
  const nameOf = (i: number) => result.members.find((m) => m.index === i)?.name ?? `世帯員 ${i + 1}`;
  return (
    <div className="grid gap-6">
      <div className="flex flex-wrap items-center justify-between gap-4 rounded-12 border-2 border-blue-900 bg-white p-6">
        <div>
          <p className="text-lg">
            受付番号{" "}
            <span className="ml-2 text-[2rem] font-bold leading-1-2 text-blue-1000">
              {result.receptionNumber}
            </span>
          </p>
          <p className="text-solid-gray-700">{result.flowTitle}</p>
        </div>
        <ButtonLink
          href={`/api/pdf/department?link=${encodeURIComponent(result.linkId)}`}
          target="_blank"
          rel="noopener"
          size="lg"
        >
          申請書を印刷（PDF）
        </ButtonLink>
      </div>
      <Card title="対象の方">
        <table className="w-full text-left">
          <caption className="sr-only">対象の方の氏名、フリガナ、生年月日</caption>
          <thead>
            <tr className="border-b-2 border-solid-gray-420">
              <th scope="col" className="py-2 pr-4">
                氏名
              </th>
              <th scope="col" className="py-2 pr-4">
                フリガナ
              </th>
              <th scope="col" className="py-2">
                生年月日
              </th>
            </tr>
          </thead>
          <tbody>
            {result.members.map((m) => (
              <tr key={m.index} className="border-b border-solid-gray-200">
                <td className="py-2 pr-4 font-bold">{m.name}</td>
                <td className="py-2 pr-4">{m.kana}</td>
                <td className="py-2">{m.birthDateWareki}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Card>
      {result.procedures.length === 0 ? (
        <p>この課で必要な手続きはありません。</p>
      ) : (
        <DepartmentProcedures
          department={{ ...result.department, procedures: result.procedures }}
          memberNames={nameOf}
        />
      )}
    </div>
  );
}
