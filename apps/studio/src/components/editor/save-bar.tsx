"use client";
import { Alert, Button } from "@kakanai/ui";
import { IssueList } from "../publish/issue-list";
import { ConflictAlert } from "./conflict-alert";
import { RemoteChangeBanner } from "./remote-change-banner";
import type { FlowDraftState } from "./use-flow-draft";

/** Always visible above the tabs: what is saved, and the one button that saves it. */
export function SaveBar({ state }: { state: FlowDraftState }) {
  const { dirty, saving, saveError, conflict, version } = state;
  return (
    <div className="sticky top-0 z-10 mb-6 space-y-3 border-b border-solid-gray-200 bg-white py-3">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p role="status" className="font-bold">
          {saving ? (
            "保存しています…"
          ) : dirty ? (
            <span className="text-orange-1100">● 保存していない変更があります</span>
          ) : (
            <span className="text-green-1000">✓ 下書き 第{version}版 に保存済み</span>
          )}
        </p>
        <Button onClick={() => void state.saveNow()} disabled={!dirty || saving || conflict}>
          保存
        </Button>
      </div>
      {state.remote && state.remote.othersEditing.length > 0 && (
        <p className="text-sm">
          <span className="font-bold">{state.remote.othersEditing.map((n) => `${n}さん`).join("、")}</span>
          もこのフローを開いています。先に保存された変更があれば、ここでお知らせして取り込めます。
        </p>
      )}
      {conflict && saveError ? (
        <ConflictAlert state={state} message={saveError.message} />
      ) : (
        <RemoteChangeBanner state={state} />
      )}
      {!conflict && saveError && (
        <Alert tone="error" title="保存できませんでした">
          <p>{saveError.message}</p>
          {saveError.issues.length > 0 && <IssueList title="直す必要がある点" issues={saveError.issues} />}
          <p className="mt-2">
            変更は画面に残っています。内容を直してから、もう一度「保存」を押してください。
          </p>
        </Alert>
      )}
    </div>
  );
}
