"use client";
import { acceptActual, type Department, recordFlowTest } from "@kakanai/engine";
import { Alert, Button, Checkbox } from "@kakanai/ui";
import { useMemo, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { usePartsOwnership } from "../editor/parts-ownership";
import { AcceptActualPanel } from "./accept-actual";
import { AddTestForm } from "./add-test-form";
import { checkDraft, composeBundle, testSummary } from "./draft-checks";
import { FlowTestResultItem } from "./flow-test-result";
import { InterviewPreview } from "./interview-preview";
import { addTest, duplicateTest, removeTest, replaceTest } from "./test-ops";

/** At most one of: the preview recording a new test, a test's answers being edited, an accept panel. */
type Open = { kind: "record" } | { kind: "edit"; index: number } | { kind: "accept"; index: number } | null;

interface Props {
  draft: FlowDraft;
  /** The city's departments, as publishing adds them; tests only look at procedure keys. */
  departments?: Department[];
  /** Without it the list is read-only (no duplicate, delete or add). */
  update?: (change: (draft: FlowDraft) => FlowDraft) => void;
}

const timeFormat = new Intl.DateTimeFormat("ja-JP", { timeStyle: "medium", timeZone: "Asia/Tokyo" });

/**
 * The flow's tests as data — "with these answers, expect these procedures" — run in the browser on
 * the unsaved draft with the same engine that publishing runs.
 */
export function FlowTestsPanel({ draft, departments = [], update: updateDraft }: Props) {
  const ownership = usePartsOwnership();
  // A test recorded by a department admin in another department's flow is theirs (departmentKey).
  const owned = <T extends FlowDraft["tests"][number]>(test: T): T =>
    ownership.newPartKey ? { ...test, departmentKey: ownership.newPartKey } : test;
  const update = updateDraft;
  /** Other departments' tests are run and shown, but not changed (表示のみ). */
  const updateOf = (i: number) =>
    updateDraft && ownership.canEdit(draft.tests[i]?.departmentKey) ? updateDraft : undefined;
  const [runs, setRuns] = useState(0);
  const [onlyFailed, setOnlyFailed] = useState(false);
  const [notice, setNotice] = useState("");
  const [open, setOpen] = useState<Open>(null);
  const composed = useMemo(() => composeBundle(draft, departments), [draft, departments]);
  const bundle = composed.ok ? composed.bundle : null;
  // `runs` re-runs on demand: the result is deterministic, but the admin sees it happen again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs is the re-run trigger
  const run = useMemo(
    () => ({ checks: checkDraft(draft, departments), at: new Date() }),
    [draft, departments, runs],
  );
  const { checks } = run;
  const title = (key: string) =>
    draft.procedures.find((p) => p.key === key)?.title ?? "（手続きがありません）";
  const failed = checks.failedTests.length;
  const shown = checks.tests.map((r, i) => ({ r, i })).filter(({ r }) => !onlyFailed || !r.ok);

  const duplicate = (index: number) => {
    update?.((d) => duplicateTest(d, index).draft);
    setNotice(`「${duplicateTest(draft, index).name}」を追加しました。保存すると残ります。`);
  };
  const remove = (index: number, name: string) => {
    if (!window.confirm(`テスト「${name}」を削除しますか？（保存するまでは元に戻せます）`)) return;
    update?.((d) => removeTest(d, index));
    setNotice(`「${name}」を削除しました。保存すると反映されます。`);
  };

  return (
    <div>
      <h2 className="text-xl font-bold">フローのテスト</h2>
      <p className="mt-1 max-w-3xl text-solid-gray-700">
        「この回答なら、この手続きが案内される」ことを確かめるテストです。ここでは保存前の下書きで実行します。
        {"公開するときにもすべて実行し、1件でも失敗すると公開しません。"}
      </p>
      <div className="mt-4 flex flex-wrap items-center gap-4 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-4">
        <p
          role="status"
          className={failed > 0 ? "text-xl font-bold text-error-1" : "text-xl font-bold text-green-1000"}
        >
          {checks.invalid
            ? "下書きに誤りがあるため実行できません"
            : `${failed > 0 ? "✗" : "✓"} ${testSummary(checks.tests)}`}
        </p>
        <Button variant="secondary" onClick={() => setRuns((n) => n + 1)}>
          テストを再実行
        </Button>
        <span className="text-sm text-solid-gray-700">最終実行 {timeFormat.format(run.at)}</span>
        {update && bundle && (
          <Button onClick={() => setOpen({ kind: "record" })} disabled={open?.kind === "record"}>
            回答してテストを記録
          </Button>
        )}
        {failed > 0 && (
          <Checkbox
            label="失敗したテストだけ表示"
            checked={onlyFailed}
            onChange={(e) => setOnlyFailed(e.target.checked)}
          />
        )}
      </div>
      {update && bundle && open?.kind === "record" && (
        <InterviewPreview
          bundle={bundle}
          onClose={() => setOpen(null)}
          mode={{
            kind: "record",
            takenNames: draft.tests.map((t) => t.name),
            onRecord: (name, answers, determination) => {
              update((d) => addTest(d, owned(recordFlowTest(name, answers, determination))));
              setOpen(null);
              setNotice(`「${name}」を記録しました。保存すると残ります。`);
            },
          }}
        />
      )}
      {checks.invalid && (
        <Alert tone="error" title="下書きをフローとして読めません" className="mt-4">
          <p className="whitespace-pre-line">{checks.invalid}</p>
        </Alert>
      )}
      <p aria-live="polite" className="mt-2 font-bold">
        {notice}
      </p>
      {checks.tests.length === 0 && !checks.invalid && (
        <p className="mt-4">このフローにはまだテストがありません。</p>
      )}
      <ul aria-label="テストの結果" className="mt-2 space-y-3">
        {shown.map(({ r, i }) => {
          const update = updateOf(i);
          return (
            <FlowTestResultItem
              key={`${i}-${r.name}`}
              result={r}
              answers={draft.tests[i]?.answers}
              procedureTitle={title}
              onDuplicate={update && (() => duplicate(i))}
              onDelete={update && (() => remove(i, r.name))}
              onEdit={update && bundle ? () => setOpen({ kind: "edit", index: i }) : undefined}
              onAccept={update && bundle ? () => setOpen({ kind: "accept", index: i }) : undefined}
            >
              {update && bundle && draft.tests[i] && open?.kind === "edit" && open.index === i && (
                <InterviewPreview
                  key={`edit-${i}`}
                  bundle={bundle}
                  onClose={() => setOpen(null)}
                  mode={{
                    kind: "edit",
                    test: draft.tests[i],
                    onSave: (answers) => {
                      update((d) => {
                        const test = d.tests[i];
                        return test
                          ? replaceTest(d, i, { ...test, answers: answers as typeof test.answers })
                          : d;
                      });
                      setOpen(null);
                      setNotice(`「${r.name}」の回答を変更しました。保存すると残ります。`);
                    },
                  }}
                />
              )}
              {update && bundle && draft.tests[i] && open?.kind === "accept" && open.index === i && (
                <AcceptActualPanel
                  bundle={bundle}
                  test={draft.tests[i]}
                  onCancel={() => setOpen(null)}
                  onAccept={() => {
                    update((d) => {
                      const test = d.tests[i];
                      return test ? replaceTest(d, i, acceptActual(test, r.actual)) : d;
                    });
                    setOpen(null);
                    setNotice(`「${r.name}」の期待値を実際の判定に更新しました。保存すると残ります。`);
                  }}
                />
              )}
            </FlowTestResultItem>
          );
        })}
      </ul>
      {update && (
        <AddTestForm
          draft={draft}
          departments={departments}
          onAdd={(test) => {
            update((d) => addTest(d, owned(test)));
            setNotice(`「${test.name}」を追加しました。保存すると残ります。`);
          }}
        />
      )}
    </div>
  );
}
