"use client";
import type { Department, FormDef, FormField } from "@kakanai/engine";
import { Button } from "@kakanai/ui";
import { type ReactNode, useMemo, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { FieldEditor } from "./field-editor";
import { FieldList } from "./field-list";
import { FormDesignerLauncher } from "./form-designer-launcher";
import { FormMeta } from "./form-meta";
import { FormPreview } from "./form-preview";
import { FormUsage } from "./form-usage";
import { pathOptions, sourceOptions } from "./path-options";

interface Props {
  flowId: string;
  form: FormDef;
  draft: FlowDraft;
  departments: Department[];
  onChange: (change: (form: FormDef) => FormDef) => void;
  /** Fields to place again after the PDF was replaced (name and why). */
  toPlace?: { name: string; reason: string }[];
  /** Procedures of this flow that print the form. */
  usage?: string[];
  /** Replace and remove. */
  actions?: ReactNode;
  /** No unsaved changes in the draft (carrying the saved form to another flow needs it). */
  saved?: boolean;
}

/** The selected form: its settings, its fields with their mapping, visual placement and a preview. */
export function FormEditor({
  flowId,
  form,
  draft,
  departments,
  onChange,
  toPlace = [],
  usage,
  actions,
  saved = false,
}: Props) {
  const [selected, setSelected] = useState<number | null>(form.fields.length > 0 ? 0 : null);
  const paths = useMemo(() => [...sourceOptions(draft), ...pathOptions(draft)], [draft]);
  const field = selected === null ? undefined : form.fields[selected];
  const answerLabel = useMemo(() => {
    const labels = new Map(paths.filter((p) => !p.source).map((p) => [p.path, p.label]));
    return (path: string) => labels.get(path);
  }, [paths]);

  const patchField = (index: number, patch: Partial<FormField>) =>
    onChange((f) => ({ ...f, fields: f.fields.map((x, i) => (i === index ? { ...x, ...patch } : x)) }));

  function addField() {
    const name = freeName(form.fields);
    const added: FormField = {
      name,
      type: "text",
      format: "text",
      pageIndex: 0,
      xMm: 20,
      yMm: 20,
      widthMm: 50,
      heightMm: 7,
      path: "",
    };
    onChange((f) => ({ ...f, fields: [...f.fields, added] }));
    setSelected(form.fields.length);
  }

  function removeField(index: number) {
    onChange((f) => ({ ...f, fields: f.fields.filter((_, i) => i !== index) }));
    setSelected(form.fields.length > 1 ? Math.max(0, index - 1) : null);
  }

  return (
    <section aria-label={`様式 ${form.key} の編集`} className="space-y-6">
      <h2 className="text-xl font-bold">
        {form.key} {form.title}
        <span className="ml-3 text-base font-normal text-solid-gray-700">
          {form.basePdfSha256 ? `課の様式PDF・${form.pageCount}ページ` : "標準レイアウト（A4）"}
        </span>
      </h2>
      {usage && (
        <p>
          <span className="font-bold">印刷する手続き: </span>
          {usage.length > 0
            ? usage.join("、")
            : "どの手続きからも印刷されません（手続きタブで様式を指定します）"}
        </p>
      )}
      {actions && <div className="flex flex-wrap items-start gap-4">{actions}</div>}
      <FormMeta
        form={form}
        departments={departments}
        onChange={(patch) => onChange((f) => ({ ...f, ...patch }))}
      />
      <FormDesignerLauncher form={form} onFieldsChange={(fields) => onChange((f) => ({ ...f, fields }))} />
      <div className="grid gap-6 xl:grid-cols-[minmax(0,4fr)_minmax(0,8fr)]">
        <div>
          <div className="mb-2 flex items-center justify-between gap-2">
            <h3 className="font-bold">項目（{form.fields.length}件）</h3>
            <Button size="sm" variant="secondary" onClick={addField}>
              項目を追加
            </Button>
          </div>
          <FieldList
            fields={form.fields}
            selected={selected}
            onSelect={setSelected}
            toPlace={toPlace.map((t) => t.name)}
            answerLabel={answerLabel}
          />
        </div>
        {field && selected !== null ? (
          <FieldEditor
            key={selected}
            field={field}
            pageCount={form.pageCount}
            paths={paths}
            nameTaken={(name) => form.fields.some((f, i) => i !== selected && f.name === name)}
            onChange={(patch) => patchField(selected, patch)}
            onRemove={() => removeField(selected)}
          />
        ) : (
          <p>左の一覧から項目を選ぶと、書く内容と位置を設定できます。</p>
        )}
      </div>
      <FormUsage flowId={flowId} form={form} saved={saved} />
      <FormPreview flowId={flowId} form={form} tests={draft.tests.map((t) => t.name)} toPlace={toPlace} />
    </section>
  );
}

function freeName(fields: FormField[]): string {
  for (let n = fields.length + 1; ; n++) if (!fields.some((f) => f.name === `項目${n}`)) return `項目${n}`;
}
