import { type Db, type DbOrTx, type FlowDraftDocument, findFlowRow, listFlowSummaries } from "@kakanai/db";
import { type FormDef, lintBundle, parseBundle } from "@kakanai/engine";
import { draftDocument } from "../studio/draft-document";
import { findFlow } from "../studio/find-flow";

/** Another flow of the city that holds a form with the same number. */
export interface FormUse {
  flowId: string;
  flowTitle: string;
  /** Procedures there that print it: 「P15（児童手当）」. */
  printedBy: string[];
  /** It prints from the same base PDF as the form given. */
  samePdf: boolean;
  /**
   * With this form's mapping, what that flow could not fill (lint errors of the form there, in
   * Japanese); empty when every mapped field resolves. Only for flows that print it.
   */
  unresolved: string[];
}

/**
 * Where else this form is used, and whether its current (unsaved) mapping resolves in each flow that
 * prints it: the publish lint of those flows would refuse a field they cannot fill, so the editor says
 * so before the change is carried over.
 */
export async function formUsage(
  db: Db,
  params: { flowId: string; municipalityId: string; form: FormDef },
): Promise<FormUse[]> {
  await findFlow(db, params);
  const flows = await listFlowSummaries(db, { municipalityId: params.municipalityId });
  const uses: FormUse[] = [];
  for (const summary of flows) {
    if (summary.id === params.flowId) continue;
    const row = await findFlowRow(db, { flowId: summary.id, municipalityId: params.municipalityId });
    const there = row?.draft.forms.find((f) => f.key === params.form.key);
    if (!row || !there) continue;
    const printedBy = row.draft.procedures
      .filter((p) => (p.forms ?? []).some((r) => r.formKey === params.form.key))
      .map((p) => `${p.key}（${p.title}）`);
    uses.push({
      flowId: row.id,
      flowTitle: row.title,
      printedBy,
      samePdf: there.basePdfSha256 === params.form.basePdfSha256,
      unresolved: printedBy.length > 0 ? await unresolvedIn(db, row.draft, params) : [],
    });
  }
  return uses;
}

/** With `form` in place of its namesake, the lint errors of that form in a flow's draft. */
export async function unresolvedIn(
  db: DbOrTx,
  draft: FlowDraftDocument,
  params: { municipalityId: string; form: FormDef },
): Promise<string[]> {
  const forms = draft.forms.map((f) => (f.key === params.form.key ? params.form : f));
  const index = forms.findIndex((f) => f.key === params.form.key);
  try {
    const bundle = parseBundle(
      await draftDocument(db, { draft: { ...draft, forms }, municipalityId: params.municipalityId }),
    );
    return lintBundle(bundle)
      .filter((i) => i.severity === "error" && i.path.startsWith(`forms[${index}].`))
      .map((i) => i.message);
  } catch {
    return [
      "このフローの下書きに直す点があるため確かめられません（そのフローの「公開」タブで確認してください）。",
    ];
  }
}
