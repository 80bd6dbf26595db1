"use client";
import type { LintIssue } from "@kakanai/engine";
import { Alert } from "@kakanai/ui";
import type { FlowDraft } from "@/lib/flow-draft";
import { type DraftChecks, testSummary } from "../tests/draft-checks";
import { describePlace } from "./lint-place";

/** Live lint and flow tests of the draft on screen (saved or not), the same checks publishing runs. */
export function PublishChecks({ checks, draft }: { checks: DraftChecks; draft: FlowDraft }) {
  const { invalid, errors, warnings, failedTests, tests } = checks;
  const clean = !invalid && errors.length === 0 && failedTests.length === 0;
  return (
    <section aria-labelledby="checks-heading" className="mt-8">
      <h3 id="checks-heading" className="text-lg font-bold">
        公開前の点検
      </h3>
      <p className="mt-1 text-sm text-solid-gray-700">
        画面上の下書き（保存前の変更も含む）を、公開するときと同じ決まりで点検しています。
      </p>
      <div className="mt-3 space-y-3">
        {invalid && (
          <Alert tone="error" title="下書きをフローとして読めません（公開できません）">
            <p className="whitespace-pre-line">{invalid}</p>
          </Alert>
        )}
        {clean && (
          <p className="font-bold text-green-1000">
            ✓ 公開を止める問題はありません（テスト {testSummary(tests)}）
          </p>
        )}
        {errors.length > 0 && (
          <LintList
            title={`公開を止める問題（${errors.length}件）`}
            lead="直すまで公開できません。窓口で誤った案内をしてしまうおそれがあるためです。"
            tone="error"
            issues={errors}
            draft={draft}
          />
        )}
        {failedTests.length > 0 && (
          <div className="rounded-8 border-2 border-error-1 bg-red-50 p-4">
            <p className="font-bold">失敗しているテスト（{failedTests.length}件）— 直すまで公開できません</p>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {failedTests.map((t) => (
                <li key={t.name}>
                  テスト「{t.name}」: {t.message.split("\n").join("、")}
                </li>
              ))}
            </ul>
            <p className="mt-2 text-sm">
              詳しくは「テスト」タブで、期待する手続きと実際の判定を見比べられます。
            </p>
          </div>
        )}
        {warnings.length > 0 && (
          <LintList
            title={`注意（${warnings.length}件）`}
            lead="公開はできますが、見直すことをおすすめします。"
            tone="warning"
            issues={warnings}
            draft={draft}
          />
        )}
      </div>
    </section>
  );
}

interface LintListProps {
  title: string;
  lead: string;
  tone: "error" | "warning";
  issues: LintIssue[];
  draft: FlowDraft;
}

function LintList({ title, lead, tone, issues, draft }: LintListProps) {
  const box =
    tone === "error" ? "border-2 border-error-1 bg-red-50" : "border-2 border-warning-orange-2 bg-orange-50";
  return (
    <div className={`rounded-8 p-4 ${box}`}>
      <p className="font-bold">{title}</p>
      <p className="text-sm">{lead}</p>
      <ul className="mt-2 list-disc space-y-2 pl-6">
        {issues.map((issue, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: recomputed on every edit, never reordered by hand
          <li key={i}>
            {issue.message}
            <span className="block text-sm text-solid-gray-800">
              場所: {describePlace(issue.path, draft)}{" "}
              <code className="text-xs text-solid-gray-700">{issue.path}</code>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
