import {
  type Db,
  type DbOrTx,
  type FlowDraftDocument,
  listDepartments,
  listFormAssetHashes,
} from "@kakanai/db";
import { type Bundle, parseBundle } from "@kakanai/engine";
import { DomainError } from "../domain-error";
import { draftDocument } from "./draft-document";
import { findFlow } from "./find-flow";
import type { FlowDraft } from "./flow-draft";
import { type CreatedFlow, type Creator, freeFlowKey, insertFlow, ownerDepartment } from "./new-flow";
import { saveFlow } from "./save-flow";

/**
 * A flow's saved draft as a bundle file: the same document publishing would freeze (schemaVersion,
 * the city's departments), parsed so it holds every default, which `npx kakanai test --bundle` runs.
 */
export async function exportFlowBundle(
  db: DbOrTx,
  params: { flowId: string; municipalityId: string },
): Promise<{ fileName: string; bundle: Bundle }> {
  const flow = await findFlow(db, params);
  const bundle = parseBundle(
    await draftDocument(db, { draft: flow.draft, municipalityId: params.municipalityId }),
  );
  return { fileName: `${flow.key}.json`, bundle };
}

export interface ImportedFlow extends CreatedFlow {
  /** What to look at before publishing (forms whose PDF this city lacks, departments it lacks). */
  warnings: string[];
}

/**
 * A bundle file (as exported, or as written for the CLI) as a new flow. The text is read and validated
 * completely before anything is stored: malformed JSON, a schemaVersion this engine cannot read or a
 * wrong field is a BAD_REQUEST saying where, and nothing changes. The flow gets a free key.
 */
export async function importFlowBundle(
  db: Db,
  params: Creator & { text: string; ownerDepartmentKey: string },
): Promise<ImportedFlow> {
  const bundle = parseBundle(readJson(params.text));
  return db.transaction(async (tx) => {
    const owner = await ownerDepartment(tx, params, params.ownerDepartmentKey);
    const key = await freeFlowKey(tx, params.municipalityId, bundle.flow.key);
    const { schemaVersion: _version, departments, ...rest } = bundle;
    const draft: FlowDraftDocument = { ...rest, flow: { ...rest.flow, key } };
    const created = await insertFlow(tx, params, {
      key,
      title: bundle.flow.title,
      kind: bundle.flow.kind,
      ownerDepartmentId: owner,
      draft,
      action: "flow.import",
      detail: { fromKey: bundle.flow.key },
    });
    return { ...created, warnings: await importWarnings(tx, bundle, params.municipalityId, departments) };
  });
}

/**
 * A bundle file as the new draft of an existing flow (an updated export, a colleague's version). The
 * flow keeps its key; the file is validated completely first, and the save is the editor's own
 * compare-and-set on draftVersion: a draft saved by someone since `expectedVersion` refuses the import
 * with the stale-save message, never a silent overwrite. Only a department that owns the flow may.
 */
export async function importIntoDraft(
  db: Db,
  params: {
    flowId: string;
    municipalityId: string;
    by: string;
    ownDepartmentId: string | null;
    expectedVersion: number;
    text: string;
  },
): Promise<{ draftVersion: number; warnings: string[] }> {
  const bundle = parseBundle(readJson(params.text));
  const flow = await findFlow(db, params);
  const { schemaVersion: _version, departments, ...rest } = bundle;
  const draft = { ...rest, flow: { ...rest.flow, key: flow.key } } as FlowDraft;
  const { draftVersion } = await saveFlow(db, { ...params, draft });
  return { draftVersion, warnings: await importWarnings(db, bundle, params.municipalityId, departments) };
}

function readJson(text: string): unknown {
  if (text.trim() === "")
    throw new DomainError(
      "BAD_REQUEST",
      "ファイルが空です。書き出したフローのJSONファイルを選んでください。",
    );
  try {
    return JSON.parse(text);
  } catch {
    throw new DomainError(
      "BAD_REQUEST",
      "JSONとして読み取れないファイルです。スタジオの「JSONを書き出す」で保存したファイル（.json）を選んでください。",
    );
  }
}

async function importWarnings(
  db: DbOrTx,
  bundle: Bundle,
  municipalityId: string,
  departments: Bundle["departments"],
): Promise<string[]> {
  const warnings: string[] = [];
  const own = new Set((await listDepartments(db, { municipalityId })).map((d) => d.key));
  const used = new Set([...bundle.procedures, ...bundle.forms].map((x) => x.departmentKey));
  for (const key of used) {
    if (own.has(key)) continue;
    const name = departments.find((d) => d.key === key)?.name ?? key;
    warnings.push(
      `部署「${name}」（${key}）がこの市区町村にありません。公開する前に担当課を選び直してください。`,
    );
  }
  const sha256s = bundle.forms.flatMap((f) => (f.basePdfSha256 ? [f.basePdfSha256] : []));
  const held = await listFormAssetHashes(db, { municipalityId, sha256s });
  for (const form of bundle.forms) {
    if (form.basePdfSha256 && !held.has(form.basePdfSha256))
      warnings.push(
        `様式「${form.key} ${form.title}」の元のPDFがこの市区町村にありません。公開する前にPDFを差し替えてください。`,
      );
  }
  return warnings;
}
