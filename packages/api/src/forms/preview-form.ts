import { type Db, getFormAssets, listDepartments } from "@kakanai/db";
import {
  type Answers,
  type Bundle,
  type DeterminedForm,
  determine,
  type FormDef,
  parseBundle,
} from "@kakanai/engine";
import { FormRenderError, maxSampleHousehold, pdfPool, sampleHouseholdAnswers } from "@kakanai/pdf";
import { DomainError } from "../domain-error";
import { findFlow } from "../studio/find-flow";
import type { FlowDraft } from "../studio/flow-draft";
import { missingBasePdfMessage } from "./get-base-pdf";

export interface PreviewFormParams {
  flowId: string;
  municipalityId: string;
  /** The form as edited in the studio (the unsaved local version). */
  form: FormDef;
  /** "household-N" (a sample household of N people) or the name of one of the flow's tests. */
  sample: string;
  filedOn: string;
}

/**
 * The form filled in for a sample household or a flow test case, as the counter would print it.
 * Household samples print every member in the form's mode; a flow test runs the engine on the saved
 * draft (with this form in it) and prints exactly the copies the counter would.
 */
export async function previewForm(db: Db, params: PreviewFormParams): Promise<Uint8Array> {
  const flow = await findFlow(db, params);
  // As authored (see getFlow): defaults may be missing from drafts the studio never saved.
  const draft = flow.draft as FlowDraft;
  const forms = [...draft.forms.filter((f) => f.key !== params.form.key), params.form];
  const bundle = await draftBundle(db, { ...draft, forms }, params.municipalityId);
  const household = /^household-(\d+)$/.exec(params.sample);
  const { answers, determined } = household
    ? householdSample(draft, params.form, Number(household[1]))
    : testSample(bundle, params);
  const sha = params.form.basePdfSha256;
  const basePdfs = sha
    ? await getFormAssets(db, { municipalityId: params.municipalityId, sha256s: [sha] })
    : {};
  if (sha && !basePdfs[sha]) throw new DomainError("NOT_FOUND", missingBasePdfMessage(params.form));
  try {
    return await pdfPool().renderForms({
      bundle,
      answers,
      forms: determined,
      basePdfs,
      filedOn: params.filedOn,
    });
  } catch (error) {
    if (error instanceof FormRenderError) throw new DomainError("BAD_REQUEST", error.message);
    throw error;
  }
}

interface Sample {
  answers: Answers;
  determined: DeterminedForm[];
}

function householdSample(draft: FlowDraft, form: FormDef, size: number): Sample {
  if (size < 1 || size > maxSampleHousehold)
    throw new DomainError("BAD_REQUEST", `見本の世帯は1〜${maxSampleHousehold}人で選んでください。`);
  const answers = sampleHouseholdAnswers(size);
  const requirement = draft.procedures.flatMap((p) => p.forms ?? []).find((r) => r.formKey === form.key);
  const mode = requirement?.mode ?? unusedFormMode(form);
  const all = Array.from({ length: size }, (_, i) => i);
  const base = { formKey: form.key, title: form.title, departmentKey: form.departmentKey, mode };
  // A per-member form prints one copy for every member of the sample, as the counter would for a
  // household where all of them qualify; a household form lists them all.
  if (mode === "each") return { answers, determined: all.map((i) => ({ ...base, members: [i], sheets: 1 })) };
  return { answers, determined: [{ ...base, members: mode === "once" ? [] : all, sheets: 1 }] };
}

/** How a form no procedure prints yet would print: rows → household, 「この様式の世帯員」 → each. */
function unusedFormMode(form: FormDef): "household" | "each" | "once" {
  if (form.fields.some((f) => f.row !== undefined)) return "household";
  if (form.fields.some((f) => f.path?.includes(".$member.") || f.source?.startsWith("person.")))
    return "each";
  return "once";
}

/** The draft as the counter would run it, with the city's departments. */
async function draftBundle(db: Db, draft: FlowDraft, municipalityId: string): Promise<Bundle> {
  const departments = await listDepartments(db, { municipalityId });
  return parseBundle({
    ...draft,
    schemaVersion: 1,
    departments: departments.map(({ key, name, counter }) => ({ key, name, counter })),
  });
}

function testSample(bundle: Bundle, params: { form: FormDef; sample: string }): Sample {
  const test = bundle.tests.find((t) => t.name === params.sample);
  if (!test) throw new DomainError("NOT_FOUND", `テストケース「${params.sample}」が見つかりません。`);
  const determined = determine(bundle, test.answers).procedures.flatMap((p) =>
    p.forms.filter((f) => f.formKey === params.form.key),
  );
  if (determined.length === 0)
    throw new DomainError(
      "BAD_REQUEST",
      `テストケース「${test.name}」ではこの様式は作成されません。別のテストケースか見本の世帯を選んでください。`,
    );
  return { answers: test.answers, determined };
}
