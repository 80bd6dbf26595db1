"use client";
import { Alert, Button, PageTitle, Spinner } from "@kakanai/ui";
import Link from "next/link";
import { useState } from "react";
import { flowKindLabels } from "@/lib/question-kinds";
import { readError } from "@/lib/trpc-error";
import { FormsPanel } from "../forms/forms-panel";
import { ProceduresPanel } from "../procedures/procedures-panel";
import { PublishPanel } from "../publish/publish-panel";
import { QuestionsPanel } from "../questions/questions-panel";
import { FlowTestsPanel } from "../tests/flow-tests-panel";
import { PartsOwnershipProvider } from "./parts-ownership";
import { SaveBar } from "./save-bar";
import { Tabs } from "./tabs";
import { useFlowDraft } from "./use-flow-draft";

export type Section = "questions" | "procedures" | "forms" | "tests" | "publish";

const sections = [
  { key: "questions" as const, label: "質問" },
  { key: "procedures" as const, label: "手続き" },
  { key: "forms" as const, label: "様式" },
  { key: "tests" as const, label: "テスト" },
  { key: "publish" as const, label: "公開" },
];

export function FlowEditor({
  flowId,
  initialSection = "questions",
}: {
  flowId: string;
  initialSection?: Section;
}) {
  const state = useFlowDraft(flowId);
  const [section, setSection] = useState<Section>(initialSection);
  const { meta, draft } = state;

  if (state.query.isError) {
    return (
      <Alert
        tone="error"
        title="フローを開けませんでした"
        actions={
          <>
            <Button onClick={() => state.query.refetch()}>再読み込み</Button>
            <Link href="/">フロー一覧へ戻る</Link>
          </>
        }
      >
        {readError(state.query.error).message}
      </Alert>
    );
  }
  if (!meta || !draft) return <Spinner label="フローを読み込んでいます" showLabel />;

  const editKey = meta.editDepartmentKey;
  return (
    <PartsOwnershipProvider
      editDepartmentKey={editKey}
      ownerDepartmentKey={meta.ownerDepartmentKey}
      departments={meta.departments}
    >
      <p className="mb-2">
        <Link href="/">← フロー一覧</Link>
      </p>
      <PageTitle lead={`${flowKindLabels[meta.kind] ?? meta.kind}のフロー（キー: ${meta.key}）`}>
        {draft.flow.title}
      </PageTitle>
      {editKey !== null && (
        <p className="mb-4 rounded-8 border border-blue-900 bg-blue-50 p-3">
          このフローは{meta.departments.find((d) => d.key === meta.ownerDepartmentKey)?.name ?? "他の課"}
          の担当です。
          {meta.departments.find((d) => d.key === editKey)?.name ?? editKey}
          の質問・手続き・様式・テストを追加し、それだけを編集・並べ替えできます（他の課のものの順番はそのままです）。他の課の部分は表示のみで、変更はその課の管理者に依頼してください。公開担当の役割があれば、保存した下書き全体を公開できます。
        </p>
      )}
      <SaveBar state={state} />
      <Tabs label="編集する内容" tabs={sections} active={section} onChange={setSection}>
        {section === "questions" && <QuestionsPanel draft={draft} update={state.update} />}
        {section === "procedures" && (
          <ProceduresPanel draft={draft} departments={meta.departments} update={state.update} />
        )}
        {section === "forms" && (
          <FormsPanel draft={draft} departments={meta.departments} update={state.update} state={state} />
        )}
        {section === "tests" && (
          <FlowTestsPanel draft={draft} departments={meta.departments} update={state.update} />
        )}
        {section === "publish" && <PublishPanel flowId={flowId} state={state} />}
      </Tabs>
    </PartsOwnershipProvider>
  );
}
