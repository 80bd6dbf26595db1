"use client";
import type { Department } from "@kakanai/engine";
import { Button, Select, TextField } from "@kakanai/ui";
import { useState } from "react";
import type { DraftProcedure, FlowDraft } from "@/lib/flow-draft";
import { type DraftFormRequirement, parseRowsPerSheet, replaceAt, setOptional } from "@/lib/procedure-ops";
import { ConditionEditor } from "../conditions/condition-editor";

type FormDef = FlowDraft["forms"][number];

const modeOptions = [
  { value: "each", label: "対象の世帯員ごとに1枚" },
  { value: "household", label: "世帯で1枚（対象者を行に記載し、行が足りなければ続きの用紙）" },
  { value: "once", label: "1枚（世帯員の行なし）" },
];

interface Props {
  procedure: DraftProcedure;
  draft: FlowDraft;
  departments: Department[];
  computed: string[];
  onChange: (change: (p: DraftProcedure) => DraftProcedure) => void;
  onFormChange: (formKey: string, change: (f: FormDef) => FormDef) => void;
}

/** Which 申請書 this procedure prints, how many sheets, and when. */
export function FormRequirements({ procedure, draft, departments, computed, onChange, onFormChange }: Props) {
  const [generation, setGeneration] = useState(0);
  const requirements = procedure.forms ?? [];
  const [adding, setAdding] = useState("");
  const setRequirements = (list: DraftFormRequirement[]) => onChange((p) => ({ ...p, forms: list }));
  const formLabel = (f: FormDef) => `${f.key} ${f.title}`;
  const departmentName = (key: string) => departments.find((d) => d.key === key)?.name ?? key;

  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-bold">必要な様式</legend>
      {requirements.length === 0 && <p>様式はありません（案内だけの手続き）。</p>}
      {requirements.map((req, i) => {
        const def = draft.forms.find((f) => f.key === req.formKey);
        const n = i + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: entries have no identity; a removal bumps the generation
          <div key={`${generation}-${i}`} className="space-y-4 rounded-8 border border-solid-gray-420 p-3">
            <Select
              label={`様式${n}`}
              value={req.formKey}
              onChange={(e) =>
                setRequirements(replaceAt(requirements, i, { ...req, formKey: e.target.value }))
              }
              options={[
                ...draft.forms.map((f) => ({
                  value: f.key,
                  label: `${formLabel(f)}（${departmentName(f.departmentKey)}）`,
                })),
                ...(def ? [] : [{ value: req.formKey, label: `${req.formKey}（様式が見つかりません）` }]),
              ]}
            />
            <Select
              label={`様式${n}の枚数`}
              value={req.mode}
              onChange={(e) =>
                setRequirements(
                  replaceAt(requirements, i, {
                    ...req,
                    mode: e.target.value as DraftFormRequirement["mode"],
                  }),
                )
              }
              options={modeOptions}
            />
            {req.mode === "household" && def && (
              <RowsPerSheet
                key={def.key}
                form={def}
                index={n}
                onChange={(change) => onFormChange(def.key, change)}
              />
            )}
            <ConditionEditor
              title={`様式${n}を印刷する条件`}
              emptyMeaning="手続きが該当するときはいつも印刷します"
              rule={req.when}
              questions={draft.questions}
              computed={computed}
              onChange={(when) => setRequirements(replaceAt(requirements, i, setOptional(req, "when", when)))}
            />
            {req.mode !== "once" && (
              <ConditionEditor
                title={`様式${n}の対象となる世帯員の条件`}
                emptyMeaning="手続きの対象者全員です"
                rule={req.memberRule}
                questions={draft.questions}
                computed={computed}
                scope="member"
                onChange={(memberRule) =>
                  setRequirements(replaceAt(requirements, i, setOptional(req, "memberRule", memberRule)))
                }
              />
            )}
            <Button
              variant="tertiary"
              size="sm"
              onClick={() => {
                setGeneration((g) => g + 1);
                setRequirements(replaceAt(requirements, i, null));
              }}
            >
              様式{n}をこの手続きから外す
            </Button>
          </div>
        );
      })}
      <div className="flex flex-wrap items-end gap-2">
        <Select
          label="追加する様式"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          placeholder="様式を選ぶ"
          options={draft.forms.map((f) => ({ value: f.key, label: formLabel(f) }))}
          className="min-w-60 flex-1"
        />
        <Button
          variant="secondary"
          size="sm"
          disabled={!adding}
          onClick={() => {
            setRequirements([...requirements, { formKey: adding, mode: "each" }]);
            setAdding("");
          }}
        >
          ＋ 様式を追加
        </Button>
      </div>
      {draft.forms.length === 0 && (
        <p className="text-sm text-solid-gray-700">
          様式がまだありません。「様式」タブで課の様式（PDF）を追加してください。
        </p>
      )}
    </fieldset>
  );
}

/** rowsPerSheet lives on the form, so it is the same wherever the form is printed from. */
function RowsPerSheet({
  form,
  index,
  onChange,
}: {
  form: FormDef;
  index: number;
  onChange: (change: (f: FormDef) => FormDef) => void;
}) {
  const [text, setText] = useState(form.rowsPerSheet?.toString() ?? "");
  const parsed = parseRowsPerSheet(text);
  return (
    <TextField
      label={`様式${index}の1枚に書ける人数（空欄なら全員を1枚に）`}
      hint="超えた人は続きの用紙に印刷します。この様式を使う他の手続き・フローにも効きます。"
      inputMode="numeric"
      value={text}
      inputClassName="max-w-32"
      error={parsed === null ? "1以上の整数で入力してください。" : null}
      onChange={(e) => {
        setText(e.target.value);
        const rows = parseRowsPerSheet(e.target.value);
        if (rows !== null) onChange((f) => setOptional(f, "rowsPerSheet", rows));
      }}
    />
  );
}
