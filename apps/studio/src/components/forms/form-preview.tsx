"use client";
import type { FormDef } from "@kakanai/engine";
import { Alert, Button, ButtonLink, Select } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Props {
  flowId: string;
  form: FormDef;
  tests: string[];
  /** Fields to place again after the PDF was replaced: shown here, where their place is checked. */
  toPlace?: { name: string; reason: string }[];
}

/**
 * Who is in each sample household (the 山田 family of @kakanai/pdf's sampleHouseholdAnswers, first
 * N members), so an admin picks one with the people their form is about: children, or someone over 65.
 */
const households = [
  "世帯主のみ",
  "夫婦",
  "夫婦と子1人",
  "夫婦と子2人",
  "夫婦と子2人・65歳以上の母",
  "夫婦と子2人・65歳以上の父母",
  "夫婦と子3人・65歳以上の父母",
].map((who, i) => ({ value: `household-${i + 1}`, label: `見本の世帯（${i + 1}人: ${who}）` }));

/** The form as the counter would print it, for a sample household or one of the flow's test cases. */
export function FormPreview({ flowId, form, tests, toPlace = [] }: Props) {
  const trpc = useTRPC();
  const [sample, setSample] = useState("household-5");
  const [url, setUrl] = useState<string | null>(null);
  const preview = useMutation(
    trpc.studio.forms.preview.mutationOptions({
      onSuccess: ({ pdfBase64 }) => {
        const bytes = Uint8Array.from(atob(pdfBase64), (c) => c.charCodeAt(0));
        setUrl(URL.createObjectURL(new Blob([bytes], { type: "application/pdf" })));
      },
    }),
  );
  useEffect(() => () => void (url && URL.revokeObjectURL(url)), [url]);
  const options = [...households, ...tests.map((name) => ({ value: name, label: `テスト: ${name}` }))];

  return (
    <section aria-labelledby="form-preview-title" className="rounded-8 border border-solid-gray-420 p-4">
      <h3 id="form-preview-title" className="font-bold">
        記入例のプレビュー
      </h3>
      <p className="mt-1 text-sm text-solid-gray-700">
        保存前の内容で、窓口で印刷されるのと同じ方法で作ります。見本の世帯は架空の「山田」家で、人ごとの様式は世帯の全員の分を作ります。
      </p>
      {toPlace.length > 0 && (
        <Alert tone="warning" title={`置き直す項目（${toPlace.length}件）`} className="mt-3">
          <p>
            差し替えたPDFの用紙に収まらなかった項目です。書く内容はそのままで、用紙の端に仮に置いています。位置を直してからプレビューで確かめてください。
          </p>
          <ul aria-label="置き直す項目" className="mt-2 list-disc pl-6">
            {toPlace.map((t) => (
              <li key={t.name}>
                <span className="font-bold">{t.name}</span>: {t.reason}
              </li>
            ))}
          </ul>
        </Alert>
      )}
      <div className="mt-3 flex flex-wrap items-end gap-3">
        <Select label="見本" value={sample} onChange={(e) => setSample(e.target.value)} options={options} />
        <Button onClick={() => preview.mutate({ flowId, form, sample })} disabled={preview.isPending}>
          {preview.isPending ? "作成しています…" : "プレビューを作成"}
        </Button>
        {url && (
          <ButtonLink
            variant="secondary"
            href={url}
            target="_blank"
            rel="noopener"
            download={`${form.key}-プレビュー.pdf`}
          >
            PDFを保存
          </ButtonLink>
        )}
      </div>
      <div aria-live="polite" className="mt-3">
        {preview.error && (
          <Alert tone="error" title="プレビューを作れませんでした">
            {readError(preview.error).message}
          </Alert>
        )}
        {url && !preview.isPending && (
          <iframe
            title={`${form.title}の記入例`}
            src={`${url}#view=Fit`}
            className="h-[52rem] w-full rounded-8 border border-solid-gray-420"
          />
        )}
      </div>
    </section>
  );
}
