"use client";
import type { ChoiceOption } from "@kakanai/engine";
import { Alert, Button, Select, TextField } from "@kakanai/ui";
import { type FormEvent, useEffect, useRef, useState } from "react";
import type { DraftItemQuestion, DraftQuestion, FlowDraft } from "@/lib/flow-draft";
import { keyProblem, newQuestionId, suggestKey } from "@/lib/question-key";
import { type AddableKind, addableChoices, kindHasOptions } from "@/lib/question-kinds";
import { siblingKeys } from "@/lib/question-ops";
import { usePartsOwnership } from "../editor/parts-ownership";
import { OptionsEditor, optionsProblem } from "./options-editor";

interface Props {
  draft: FlowDraft;
  onAdd: (groupId: string | null, question: DraftItemQuestion | DraftQuestion) => void;
  onCancel: () => void;
}

export function AddQuestionForm({ draft, onAdd, onCancel }: Props) {
  const ownership = usePartsOwnership();
  // Only groups this admin may change take new per-person questions (a group is one part).
  const groups = draft.questions.filter((q) => q.kind === "group" && ownership.canEdit(q.departmentKey));
  const [groupId, setGroupId] = useState("");
  const [kind, setKind] = useState<AddableKind>("text");
  const [pickFrom, setPickFrom] = useState(groups[0]?.key ?? "");
  const choices = addableChoices({ topLevel: !groupId, groups });
  const [label, setLabel] = useState("");
  const taken = siblingKeys(draft, groupId || null);
  const [key, setKey] = useState(() => suggestKey(taken));
  const [options, setOptions] = useState<ChoiceOption[]>([
    { value: "option1", label: "" },
    { value: "option2", label: "" },
  ]);
  const [submitted, setSubmitted] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);

  // Opening the form moves focus into it, so keyboard and screen-reader users land on the first field.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>("select, input")?.focus();
  }, []);

  const labelError = label.trim() ? null : "ラベル（画面に出る質問文）を入力してください。";
  const keyError = keyProblem(key, taken);
  const optionsError = kindHasOptions(kind) ? optionsProblem(options) : null;
  const show = (message: string | null) => (submitted ? message : null);

  function submit(event: FormEvent) {
    event.preventDefault();
    setSubmitted(true);
    if (labelError || keyError || optionsError) return;
    const base = { id: newQuestionId(), key, label: label.trim() };
    if (kind === "group") {
      // Asked as a count first, then its own questions per item; add those to it next.
      onAdd(null, {
        ...base,
        kind: "group",
        required: true,
        itemLabel: label.trim(),
        minItems: 1,
        maxItems: 10,
        questions: [],
      });
      return;
    }
    if (kind === "memberPick") {
      onAdd(groupId || null, { ...base, kind: "number", required: true, optionsFrom: pickFrom });
      return;
    }
    onAdd(groupId || null, {
      ...base,
      kind,
      required: kind !== "notice",
      ...(kindHasOptions(kind) && {
        options: options.map((o) => ({ value: o.value.trim(), label: o.label.trim() })),
      }),
    } as DraftItemQuestion);
  }

  return (
    <form
      ref={formRef}
      onSubmit={submit}
      noValidate
      aria-label="質問の追加"
      className="space-y-4 rounded-8 border-2 border-blue-900 p-4"
    >
      <h3 className="text-lg font-bold">質問を追加</h3>
      {submitted && (labelError || keyError || optionsError) && (
        <Alert tone="error">入力内容を確認してください。赤く表示された項目を直すと追加できます。</Alert>
      )}
      {groups.length > 0 && (
        <Select
          label="追加先"
          value={groupId}
          onChange={(e) => {
            setGroupId(e.target.value);
            setKey(suggestKey(siblingKeys(draft, e.target.value || null)));
            if (e.target.value && kind === "group") setKind("text");
          }}
          options={[
            { value: "", label: "全体の質問" },
            ...groups.map((g) => ({ value: g.id, label: `${g.itemLabel ?? g.label}ごとの質問` })),
          ]}
        />
      )}
      <Select
        label="種類"
        value={kind}
        onChange={(e) => setKind(e.target.value as AddableKind)}
        options={choices}
      />
      {kind === "memberPick" && (
        <Select
          label="選ぶ対象"
          value={pickFrom}
          onChange={(e) => setPickFrom(e.target.value)}
          options={groups.map((g) => ({ value: g.key, label: g.itemLabel ?? g.label }))}
        />
      )}
      <TextField
        label="ラベル"
        hint="窓口の画面に出る質問文です。"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={show(labelError)}
      />
      <TextField
        label="キー"
        hint="回答を保存する名前です。半角英字で始め、半角英数字と _ が使えます（例: hasPet）。"
        value={key}
        onChange={(e) => setKey(e.target.value)}
        error={show(keyError)}
        spellCheck={false}
        autoCapitalize="off"
      />
      {kindHasOptions(kind) && (
        <OptionsEditor options={options} onChange={setOptions} error={show(optionsError)} />
      )}
      <div className="flex gap-2">
        <Button type="submit">追加する</Button>
        <Button variant="secondary" onClick={onCancel}>
          やめる
        </Button>
      </div>
    </form>
  );
}
