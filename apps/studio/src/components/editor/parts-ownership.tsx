"use client";
import type { Department } from "@kakanai/engine";
import { createContext, type ReactNode, useContext, useMemo } from "react";

/**
 * Whose parts of the open flow this admin may change. The server decides (studio.flows.get's
 * editDepartmentKey, and save refuses the rest); the editor only shows other departments' parts as
 * 表示のみ so nobody edits what cannot be saved.
 */
export interface PartsOwnership {
  /** null: every part; otherwise the one department whose parts this admin changes. */
  editDepartmentKey: string | null;
  /** The department that owns the flow: its questions and flow tests have no departmentKey. */
  ownerDepartmentKey: string | null;
  departmentName: (key: string) => string;
  /** May this admin change a question / procedure / form / test with this departmentKey? */
  canEdit: (departmentKey: string | undefined) => boolean;
  /** The departmentKey a new question or flow test gets (undefined: the flow owner's). */
  newPartKey: string | undefined;
}

const everything: PartsOwnership = {
  editDepartmentKey: null,
  ownerDepartmentKey: null,
  departmentName: (key) => key,
  canEdit: () => true,
  newPartKey: undefined,
};

const Context = createContext<PartsOwnership>(everything);

export function PartsOwnershipProvider({
  editDepartmentKey,
  ownerDepartmentKey,
  departments,
  children,
}: {
  editDepartmentKey: string | null;
  ownerDepartmentKey: string | null;
  departments: Department[];
  children: ReactNode;
}) {
  const value = useMemo<PartsOwnership>(() => {
    const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
    return {
      editDepartmentKey,
      ownerDepartmentKey,
      departmentName,
      canEdit: (key) => editDepartmentKey === null || (key ?? ownerDepartmentKey ?? "") === editDepartmentKey,
      newPartKey: editDepartmentKey ?? undefined,
    };
  }, [editDepartmentKey, ownerDepartmentKey, departments]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export const usePartsOwnership = () => useContext(Context);

/** Who owns an item without a departmentKey of its own (a question, a flow test): the flow's owner. */
export function ownerOf(ownership: PartsOwnership, departmentKey: string | undefined): string {
  return ownership.departmentName(departmentKey ?? ownership.ownerDepartmentKey ?? "");
}

/**
 * Another department's part: shown with its owner's name, every control inside disabled (a
 * disabled fieldset), so it reads as 表示のみ; the server refuses a change anyway.
 */
export function ReadOnlyPart({
  departmentKey,
  children,
}: {
  departmentKey: string | undefined;
  children: ReactNode;
}) {
  const ownership = usePartsOwnership();
  if (ownership.canEdit(departmentKey)) return <>{children}</>;
  const owner = ownerOf(ownership, departmentKey);
  // Focusable itself: with every control disabled, a scrolling side panel would hold nothing to focus.
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: lets keyboard users scroll the read-only part
    <section aria-label={`${owner}の担当（表示のみ）`} tabIndex={0} className="rounded-8">
      <p className="mb-3 rounded-8 border border-solid-gray-420 bg-solid-gray-50 p-3 text-sm">
        <strong>{owner}</strong>
        の担当のため表示のみです。変更はその課の管理者に依頼してください。
      </p>
      <fieldset disabled className="min-w-0">
        <legend className="sr-only">表示のみの内容</legend>
        {children}
      </fieldset>
    </section>
  );
}
