import { type Db, type FlowDraftDocument, insertAudit, updateFlowDraft } from "@kakanai/db";
import { DomainError, notFound } from "../domain-error";
import { checkOwnParts } from "../studio/edit-scope";
import { findFlow } from "../studio/find-flow";
import { staleDraftMessage } from "../studio/save-flow";

export interface RemoveFormParams {
  flowId: string;
  municipalityId: string;
  /** The saved draftVersion the admin is looking at; a newer draft refuses the removal. */
  expectedVersion: number;
  formKey: string;
  /** Also take the form off every procedure that prints it; otherwise such a form is refused. */
  detach: boolean;
  by: string;
  ownDepartmentId: string | null;
}

export interface RemovedForm {
  draftVersion: number;
  /** Procedures it was taken off, as 「P15（児童手当）」. */
  detachedFrom: string[];
  /** Flow tests that still expect it (they fail until their expectation is updated). */
  testsExpecting: string[];
}

/**
 * Removes a form from the saved draft. While a procedure still prints it the removal is refused with
 * the procedures named (a procedure must never name a form the flow lacks), unless `detach` asks to
 * take it off them in the same change. Compare-and-set on draftVersion, like a save.
 */
export async function removeForm(db: Db, params: RemoveFormParams): Promise<RemovedForm> {
  return db.transaction(async (tx) => {
    const flow = await findFlow(tx, { ...params, forUpdate: true });
    if (flow.draftVersion !== params.expectedVersion) throw new DomainError("CONFLICT", staleDraftMessage);
    const draft: FlowDraftDocument = flow.draft;
    const form = draft.forms.find((f) => f.key === params.formKey);
    if (!form) throw notFound(`様式「${params.formKey}」`);
    const printing = draft.procedures.filter((p) => (p.forms ?? []).some((r) => r.formKey === form.key));
    const names = printing.map((p) => `${p.key}（${p.title}）`);
    if (printing.length > 0 && !params.detach) {
      throw new DomainError(
        "BAD_REQUEST",
        `様式「${form.key} ${form.title}」は手続き ${names.join("、")}で印刷されるため削除できません。手続きから外してから削除するか、「手続きから外して削除」を選んでください。`,
        printing.map((p) => ({
          path: `procedures[${draft.procedures.indexOf(p)}].forms`,
          message: `手続き ${p.key}（${p.title}）がこの様式を印刷します`,
        })),
      );
    }
    const next: FlowDraftDocument = {
      ...draft,
      forms: draft.forms.filter((f) => f.key !== form.key),
      procedures: draft.procedures.map((p) =>
        p.forms?.some((r) => r.formKey === form.key)
          ? { ...p, forms: p.forms.filter((r) => r.formKey !== form.key) }
          : p,
      ),
    };
    await checkOwnParts(tx, { flow, next, ownDepartmentId: params.ownDepartmentId });
    const row = await updateFlowDraft(tx, {
      flowId: flow.id,
      expectedVersion: params.expectedVersion,
      draft: next,
      title: flow.title,
      kind: flow.kind,
      by: params.by,
    });
    if (!row) throw new DomainError("CONFLICT", staleDraftMessage);
    await insertAudit(tx, {
      municipalityId: params.municipalityId,
      staffId: params.by,
      action: "form.remove",
      target: flow.id,
      detail: { formKey: form.key, detachedFrom: printing.map((p) => p.key) },
    });
    const testsExpecting = (draft.tests ?? [])
      .filter((t) => t.expectForms?.[form.key] !== undefined)
      .map((t) => t.name);
    return { draftVersion: row.draftVersion, detachedFrom: names, testsExpecting };
  });
}
