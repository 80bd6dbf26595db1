"use client";
import type { FormDef } from "@kakanai/engine";
import { Alert, Button } from "@kakanai/ui";
import { useMutation } from "@tanstack/react-query";
import { useState } from "react";
import { readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";
import type { FlowDraftState } from "../editor/use-flow-draft";

interface Props {
  flowId: string;
  form: FormDef;
  state: FlowDraftState;
  /** After the removal is saved and the draft reloaded: what to tell the admin. */
  onRemoved: (message: string) => void;
}

/**
 * Removes the form from the saved draft. The server refuses while a procedure prints it and says
 * which; the admin may then take it off those procedures in the same step.
 */
export function FormRemove({ flowId, form, state, onRemoved }: Props) {
  const trpc = useTRPC();
  const [refusal, setRefusal] = useState<string | null>(null);
  const remove = useMutation(
    trpc.studio.forms.remove.mutationOptions({
      onSuccess: async (result) => {
        setRefusal(null);
        await state.reload();
        const detached =
          result.detachedFrom.length > 0 ? `手続き ${result.detachedFrom.join("、")} から外し、` : "";
        const tests =
          result.testsExpecting.length > 0
            ? ` フローテスト「${result.testsExpecting.join("」「")}」はこの様式を期待しているため、テストタブで期待する結果を直してください。`
            : "";
        onRemoved(`様式「${form.key} ${form.title}」を${detached}削除しました（下書きに保存済み）。${tests}`);
      },
      onError: (error) => {
        const e = readError(error);
        setRefusal(e.message);
      },
    }),
  );
  const run = (detach: boolean) =>
    state.version !== null &&
    remove.mutate({ flowId, expectedVersion: state.version, formKey: form.key, detach });

  return (
    <div>
      <Button
        size="sm"
        variant="danger"
        disabled={state.dirty || remove.isPending}
        aria-describedby={state.dirty ? "form-remove-hint" : undefined}
        onClick={() => run(false)}
      >
        様式を削除
      </Button>
      {state.dirty && (
        <p id="form-remove-hint" className="mt-1 text-sm text-solid-gray-700">
          未保存の変更があるため、先に「保存」を押してから削除してください。
        </p>
      )}
      {refusal && (
        <Alert
          tone="error"
          title="この様式は削除できません"
          className="mt-2"
          actions={
            refusal.includes("手続きから外して削除") ? (
              <>
                <Button size="sm" variant="danger" onClick={() => run(true)} disabled={remove.isPending}>
                  手続きから外して削除
                </Button>
                <Button size="sm" variant="secondary" onClick={() => setRefusal(null)}>
                  削除しない
                </Button>
              </>
            ) : undefined
          }
        >
          {refusal}
        </Alert>
      )}
    </div>
  );
}
