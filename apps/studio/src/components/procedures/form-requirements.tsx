"use client";
import type { DraftProcedure, FlowDraft } from "@/lib/flow-draft";
import { type RuleNames, summarizeRule } from "../conditions/rule-summary";

const modeLabels: Record<string, string> = {
  each: "該当する人ごとに1枚",
  household: "世帯で1枚（該当者を行に記載）",
  once: "1枚",
};

interface Props {
  procedure: DraftProcedure;
  forms: FlowDraft["forms"];
  names: RuleNames;
}

/** Read-only for now: which 申請書 this procedure prints, and when. */
export function FormRequirements({ procedure, forms, names }: Props) {
  return (
    <div>
      <h3 className="text-lg font-bold">必要な様式（表示のみ）</h3>
      {procedure.forms.length === 0 ? (
        <p className="mt-1">様式はありません。</p>
      ) : (
        <table className="mt-2 w-full border-collapse text-left text-sm">
          <thead>
            <tr className="border-b-2 border-solid-gray-900">
              <th scope="col" className="py-2 pr-3">
                様式
              </th>
              <th scope="col" className="py-2 pr-3">
                枚数
              </th>
              <th scope="col" className="py-2">
                条件
              </th>
            </tr>
          </thead>
          <tbody>
            {procedure.forms.map((req, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: read-only; the same form may appear twice
              <tr key={i} className="border-b border-solid-gray-200 align-top">
                <td className="py-2 pr-3">
                  <span className="font-bold">{req.formKey}</span>{" "}
                  {forms.find((f) => f.key === req.formKey)?.title ?? "（様式が見つかりません）"}
                </td>
                <td className="py-2 pr-3">{modeLabels[req.mode] ?? req.mode}</td>
                <td className="py-2">
                  {req.when === undefined && req.memberRule === undefined && "手続きが該当するとき"}
                  {req.when !== undefined && <p>{summarizeRule(req.when, names)}</p>}
                  {req.memberRule !== undefined && <p>対象者: {summarizeRule(req.memberRule, names)}</p>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
