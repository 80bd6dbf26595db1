"use client";
import type { Department, FormDef } from "@kakanai/engine";
import { Alert, cn } from "@kakanai/ui";
import { useParams } from "next/navigation";
import { useEffect, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { ReadOnlyPart, usePartsOwnership } from "../editor/parts-ownership";
import type { FlowDraftState } from "../editor/use-flow-draft";
import { FormEditor } from "./form-editor";
import { FormRemove } from "./form-remove";
import { FormReplace, type ReplacedPdf } from "./form-replace";
import { FormUpload, type UploadedPdf } from "./form-upload";
import { NewFormOffer } from "./new-form-offer";

interface Props {
  draft: FlowDraft;
  departments: Department[];
  update: (change: (draft: FlowDraft) => FlowDraft) => void;
  /** Save state and reload, for removing a form from the saved draft. */
  state: FlowDraftState;
}

/** The application forms this flow prints: bring the department's own PDF, map its fields, preview. */
export function FormsPanel({ draft, departments, update, state }: Props) {
  const { flowId } = useParams<{ flowId: string }>();
  const [selectedKey, setSelectedKey] = useState<string | null>(draft.forms[0]?.key ?? null);
  const [offer, setOffer] = useState<UploadedPdf | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  /** Per form key: fields the last PDF replacement could not keep in place (kept across reloads). */
  const [toPlace, setToPlace] = useStoredPlacements(flowId);
  const selected = draft.forms.find((f) => f.key === selectedKey) ?? null;
  const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;
  const ownership = usePartsOwnership();
  const own = ownership.editDepartmentKey;
  // A department admin in another department's flow adds forms of their own department only.
  const mineOnly = own === null ? departments : departments.filter((d) => d.key === own);

  const changeForm = (key: string, change: (form: FormDef) => FormDef) =>
    update((d) => ({ ...d, forms: d.forms.map((f) => (f.key === key ? change(f) : f)) }));

  function replaced(key: string, result: ReplacedPdf) {
    changeForm(key, () => result.form);
    const placements = result.toPlace.flatMap((t) => {
      const field = result.form.fields.find((f) => f.name === t.name);
      return field ? [{ ...t, at: placeOf(field), pdf: result.form.basePdfSha256 }] : [];
    });
    setToPlace((prev) => ({ ...prev, [key]: placements }));
    setAdded(null);
    setNotice(
      `「${result.fileName}」に差し替えました。項目 ${result.kept}件はそのままの位置で使えます${
        result.toPlace.length > 0 ? `。${result.toPlace.length}件は置き直してください` : ""
      }。画面上部の「保存」で下書きに保存されます。`,
    );
  }

  function addForm(form: FormDef) {
    update((d) => ({ ...d, forms: [...d.forms, form] }));
    setSelectedKey(form.key);
    setOffer(null);
    setAdded(`${form.key} ${form.title}`);
  }

  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-[minmax(0,5fr)_minmax(0,7fr)]">
        <div>
          <h2 className="mb-3 text-xl font-bold">申請書の様式（{draft.forms.length}件）</h2>
          {draft.forms.length === 0 ? (
            <p>このフローにはまだ申請書（様式）がありません。</p>
          ) : (
            <ul aria-label="様式の一覧" className="max-h-[26rem] space-y-1 overflow-y-auto pr-1">
              {draft.forms.map((f) => (
                <li key={f.key}>
                  <button
                    type="button"
                    aria-current={f.key === selectedKey ? "true" : undefined}
                    onClick={() => setSelectedKey(f.key)}
                    className={cn(
                      "w-full rounded-8 border px-3 py-2 text-left",
                      f.key === selectedKey
                        ? "border-2 border-blue-900 bg-blue-50"
                        : "border-solid-gray-200 hover:bg-solid-gray-50",
                    )}
                  >
                    <span className="block font-bold">
                      <span className="mr-2 text-solid-gray-700">{f.key}</span>
                      {f.title}
                    </span>
                    <span className="text-sm text-solid-gray-700">
                      {departmentName(f.departmentKey)}・
                      {f.basePdfSha256 ? "課の様式（PDF）" : "標準レイアウト"}・項目 {f.fields.length}
                      {!ownership.canEdit(f.departmentKey) && "（表示のみ）"}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div className="space-y-3">
          <FormUpload
            flowId={flowId}
            onUploaded={(pdf) => {
              setAdded(null);
              setOffer(pdf);
            }}
          />
          {offer && (
            <NewFormOffer
              key={offer.sha256}
              pdf={offer}
              existingKeys={draft.forms.map((f) => f.key)}
              departments={mineOnly}
              onAdd={addForm}
              onCancel={() => setOffer(null)}
            />
          )}
          {notice && (
            <Alert tone="success" title="様式を更新しました">
              {notice}
            </Alert>
          )}
          {added && (
            <Alert tone="success" title={`様式「${added}」を追加しました`}>
              画面上部の「保存」を押すと下書きに保存されます。公開すると窓口で使われます。
            </Alert>
          )}
        </div>
      </div>
      {selected && (
        <ReadOnlyPart departmentKey={selected.departmentKey}>
          <FormEditor
            key={selected.key}
            flowId={flowId}
            form={selected}
            draft={draft}
            departments={departments}
            onChange={(change) => changeForm(selected.key, change)}
            toPlace={stillToPlace(selected, toPlace[selected.key] ?? [])}
            usage={printedBy(draft, selected.key)}
            saved={!state.dirty}
            actions={
              <>
                <FormReplace flowId={flowId} form={selected} onReplaced={(r) => replaced(selected.key, r)} />
                <FormRemove
                  flowId={flowId}
                  form={selected}
                  state={state}
                  onRemoved={(message) => {
                    setNotice(message);
                    setAdded(null);
                    setSelectedKey(null);
                  }}
                />
              </>
            }
          />
        </ReadOnlyPart>
      )}
    </div>
  );
}

/** The procedures of this flow that print the form: 「P15（児童手当）」. */
function printedBy(draft: FlowDraft, formKey: string): string[] {
  return (
    draft.procedures
      // Seeded drafts are stored as written: a guidance-only procedure may have no `forms` at all.
      .filter((p) => (p.forms ?? []).some((r) => r.formKey === formKey))
      .map((p) => `${p.key}（${p.title}）`)
  );
}

/** A field the replacement put back on the page, and where: once the admin moves it, it is placed. */
interface Placement {
  name: string;
  reason: string;
  at: string;
  /** The PDF it was put back on: a replacement discarded (never saved) lists nothing after a reload. */
  pdf?: string;
}

const storageKey = (flowId: string) => `kakanai.studio.toPlace.${flowId}`;

/**
 * The 「置き直す」 list outlives a reload: it is kept in this browser's localStorage per flow (field
 * names and positions only), and a field drops off it once it is moved or its form's PDF changes.
 */
function useStoredPlacements(flowId: string) {
  const [placements, setPlacements] = useState<Record<string, Placement[]>>(() => {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey(flowId)) ?? "{}") as Record<
        string,
        Placement[]
      >;
    } catch {
      return {};
    }
  });
  useEffect(() => {
    try {
      window.localStorage.setItem(storageKey(flowId), JSON.stringify(placements));
    } catch {
      // Storage full or disabled: the list still works until the next reload.
    }
  }, [flowId, placements]);
  return [placements, setPlacements] as const;
}

const placeOf = (f: FormDef["fields"][number]) => `${f.pageIndex}:${f.xMm}:${f.yMm}`;

function stillToPlace(form: FormDef, placements: Placement[]): Placement[] {
  return placements.filter((p) => {
    if (p.pdf !== undefined && p.pdf !== form.basePdfSha256) return false;
    const field = form.fields.find((f) => f.name === p.name);
    return field !== undefined && placeOf(field) === p.at;
  });
}
