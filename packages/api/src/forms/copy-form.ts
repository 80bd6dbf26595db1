import { type Db, type FlowDraftDocument, insertAudit, updateFlowDraft } from "@kakanai/db";
import { formDef } from "@kakanai/engine";
import { DomainError, notFound } from "../domain-error";
import { checkOwnParts } from "../studio/edit-scope";
import { findFlow } from "../studio/find-flow";
import { staleDraftMessage } from "../studio/save-flow";
import { unresolvedIn } from "./form-usage";

export interface CopyFormParams {
  /** The flow whose saved draft holds the form. */
  flowId: string;
  formKey: string;
  /** Another flow of the city: its form of the same number is replaced, or the form is added. */
  targetFlowId: string;
  municipalityId: string;
  by: string;
  ownDepartmentId: string | null;
}

/**
 * Uses one form in another flow: the saved form (PDF, fields, mappings) goes into the other flow's
 * saved draft under the same number, so procedures there that print that number print it. Refused
 * when the other flow prints the form and cannot fill one of its fields (its publish would be refused
 * for it), with those fields named; nothing changes then. The other flow's draftVersion is bumped, so
 * an editor open on it gets the usual conflict instead of overwriting this.
 */
export async function copyFormToFlow(
  db: Db,
  params: CopyFormParams,
): Promise<{ flowTitle: string; draftVersion: number; added: boolean }> {
  if (params.flowId === params.targetFlowId)
    throw new DomainError("BAD_REQUEST", "同じフローには反映できません。別のフローを選んでください。");
  return db.transaction(async (tx) => {
    const source = await findFlow(tx, { flowId: params.flowId, municipalityId: params.municipalityId });
    const saved = source.draft.forms.find((f) => f.key === params.formKey);
    if (!saved) throw notFound(`保存済みの様式「${params.formKey}」`);
    // Seeded drafts are stored as written: the form with its defaults, as publishing would read it.
    const form = formDef.parse(saved);
    const target = await findFlow(tx, {
      flowId: params.targetFlowId,
      municipalityId: params.municipalityId,
      forUpdate: true,
    });
    const added = !target.draft.forms.some((f) => f.key === form.key);
    const draft: FlowDraftDocument = {
      ...target.draft,
      forms: added
        ? [...target.draft.forms, form]
        : target.draft.forms.map((f) => (f.key === form.key ? form : f)),
    };
    await checkOwnParts(tx, { flow: target, next: draft, ownDepartmentId: params.ownDepartmentId });
    const printed = draft.procedures.some((p) => (p.forms ?? []).some((r) => r.formKey === form.key));
    const unresolved = printed
      ? await unresolvedIn(tx, target.draft, { municipalityId: params.municipalityId, form })
      : [];
    if (unresolved.length > 0)
      throw new DomainError(
        "BAD_REQUEST",
        `「${target.title}」ではこの様式の欄を埋められないため反映できません。共通の項目から選ぶか、「${target.title}」の印刷の対応を直してください。`,
        unresolved.map((message) => ({ message })),
      );
    const row = await updateFlowDraft(tx, {
      flowId: target.id,
      expectedVersion: target.draftVersion,
      draft,
      title: target.title,
      kind: target.kind,
      by: params.by,
    });
    if (!row) throw new DomainError("CONFLICT", staleDraftMessage);
    await insertAudit(tx, {
      municipalityId: params.municipalityId,
      staffId: params.by,
      action: "form.copy",
      target: target.id,
      detail: { formKey: form.key, from: source.id },
    });
    return { flowTitle: target.title, draftVersion: row.draftVersion, added };
  });
}
