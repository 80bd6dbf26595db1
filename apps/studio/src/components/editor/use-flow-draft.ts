"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { type ReadableError, readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Local {
  draft: FlowDraft;
  /** The server's draftVersion this local copy is based on (expectedVersion for save). */
  version: number;
  dirty: boolean;
}

/**
 * Holds the draft in local state so editing is instant and offline-tolerant; the server copy is
 * only replaced on first load or an explicit reload, so a failed save never loses the admin's work.
 */
export function useFlowDraft(flowId: string) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const get = useQuery(trpc.studio.flows.get.queryOptions({ flowId }));
  const [local, setLocal] = useState<Local | null>(null);
  const [saveError, setSaveError] = useState<ReadableError | null>(null);
  const sentRef = useRef<FlowDraft | null>(null);

  useEffect(() => {
    if (get.data && local === null) {
      setLocal({ draft: get.data.draft as FlowDraft, version: get.data.draftVersion, dirty: false });
    }
  }, [get.data, local]);

  const update = useCallback((change: (draft: FlowDraft) => FlowDraft) => {
    setLocal((prev) => (prev ? { ...prev, draft: change(prev.draft), dirty: true } : prev));
  }, []);

  const save = useMutation(
    trpc.studio.flows.save.mutationOptions({
      onSuccess: (result) => {
        setSaveError(null);
        // Edits made while the request was in flight are not saved yet: stay dirty for those.
        setLocal((prev) =>
          prev ? { ...prev, version: result.draftVersion, dirty: prev.draft !== sentRef.current } : prev,
        );
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
      },
      onError: (error) => setSaveError(readError(error)),
    }),
  );

  const saveNow = useCallback(async () => {
    if (!local) return false;
    sentRef.current = local.draft;
    try {
      await save.mutateAsync({ flowId, expectedVersion: local.version, draft: local.draft });
      return true;
    } catch {
      return false;
    }
  }, [flowId, local, save]);

  /** Throws away local edits and loads the server's current draft (after a conflict). */
  const reload = useCallback(async () => {
    const fresh = await get.refetch();
    if (fresh.data) {
      setLocal({ draft: fresh.data.draft as FlowDraft, version: fresh.data.draftVersion, dirty: false });
      setSaveError(null);
    }
  }, [get]);

  useUnsavedWarning(local?.dirty ?? false);

  return {
    query: get,
    meta: get.data,
    draft: local?.draft ?? null,
    version: local?.version ?? null,
    dirty: local?.dirty ?? false,
    update,
    saveNow,
    saving: save.isPending,
    saveError,
    conflict: saveError?.code === "CONFLICT",
    reload,
  };
}

export type FlowDraftState = ReturnType<typeof useFlowDraft>;

/** The browser's own "leave this page?" prompt while there are unsaved edits. */
function useUnsavedWarning(dirty: boolean) {
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);
}
