"use client";
import { type DraftConflict, mergeDrafts } from "@kakanai/engine";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useRef, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { type ReadableError, readError } from "@/lib/trpc-error";
import { useTRPC } from "@/trpc/react";

interface Local {
  draft: FlowDraft;
  /** The server's draft this local copy started from: the common ancestor when merging. */
  base: FlowDraft;
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
  // Another admin may save or publish while this editor is open: a light poll (no draft document).
  const status = useQuery({
    ...trpc.studio.flows.status.queryOptions({ flowId }),
    refetchInterval: 15_000,
    refetchOnWindowFocus: true,
  });
  const [local, setLocal] = useState<Local | null>(null);
  const [merged, setMerged] = useState<{ conflicts: DraftConflict[]; changes: number } | null>(null);
  const [saveError, setSaveError] = useState<ReadableError | null>(null);
  const sentRef = useRef<FlowDraft | null>(null);

  useEffect(() => {
    if (get.data && local === null) {
      const draft = get.data.draft as FlowDraft;
      setLocal({ draft, base: draft, version: get.data.draftVersion, dirty: false });
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
        const sent = sentRef.current;
        setLocal((prev) =>
          prev
            ? {
                ...prev,
                base: sent ?? prev.base,
                version: result.draftVersion,
                dirty: prev.draft !== sent,
              }
            : prev,
        );
        setMerged(null);
        void queryClient.invalidateQueries({ queryKey: trpc.studio.flows.list.queryKey() });
        void status.refetch();
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
      const draft = fresh.data.draft as FlowDraft;
      setLocal({ draft, base: draft, version: fresh.data.draftVersion, dirty: false });
      setSaveError(null);
      setMerged(null);
    }
  }, [get]);

  /**
   * Loads the other admin's draft and carries this screen's changes over onto it (mergeDrafts:
   * item by item; where both changed the same item theirs stays and mine is listed to redo). The
   * result is unsaved, based on their version, so the next save is no longer stale.
   */
  const mergeTheirs = useCallback(async () => {
    const fresh = await get.refetch();
    if (!fresh.data || !local) return;
    const theirs = fresh.data.draft as FlowDraft;
    const result = mergeDrafts(local.base, local.draft, theirs);
    setLocal({ draft: result.merged, base: theirs, version: fresh.data.draftVersion, dirty: true });
    setSaveError(null);
    setMerged({ conflicts: result.conflicts, changes: fresh.data.draftVersion - local.version });
    void status.refetch();
  }, [get, local, status]);

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
    base: local?.base ?? null,
    /** The server's state as last polled: another admin's save shows as a newer draftVersion. */
    remote: status.data ?? null,
    mergeTheirs,
    /** After mergeTheirs: what could not be carried over (to redo by hand). */
    merged,
    dismissMerged: () => setMerged(null),
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
