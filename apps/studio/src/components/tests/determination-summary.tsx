import type { Answers, Bundle, Determination } from "@kakanai/engine";
import { memberNames } from "./answer-text";

/** What the preview decided: each procedure with the members it is for and the forms it prints. */
export function DeterminationSummary({
  bundle,
  answers,
  determination,
}: {
  bundle: Bundle;
  answers: Answers;
  determination: Determination;
}) {
  const names = memberNames(bundle, answers, determination);
  const procedures = determination.procedures;
  return (
    <div>
      <h4 className="text-lg font-bold">判定結果（手続き {procedures.length}件）</h4>
      {procedures.length === 0 ? (
        <p className="mt-1">案内する手続きはありません。</p>
      ) : (
        <ul aria-label="判定結果" className="mt-2 space-y-2">
          {procedures.map((p) => (
            <li key={p.key} className="rounded-8 border border-solid-gray-420 bg-white p-3">
              <p className="font-bold">
                {p.key} {p.title}
              </p>
              <dl className="mt-1 grid gap-x-3 text-sm sm:grid-cols-[auto_1fr]">
                {p.members.length > 0 && (
                  <>
                    <dt className="text-solid-gray-700">対象</dt>
                    <dd>{names(p.members).join("、")}</dd>
                  </>
                )}
                <dt className="text-solid-gray-700">様式</dt>
                <dd>
                  {p.forms.length === 0
                    ? "なし"
                    : p.forms.map((f) => `${f.formKey} ${f.title}（${f.sheets}枚）`).join("、")}
                </dd>
              </dl>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
