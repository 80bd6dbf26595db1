"use client";
import { type Department, determine, type FlowTest } from "@kakanai/engine";
import { Button, Checkbox, controlClassName, FieldError, TextField } from "@kakanai/ui";
import { type FormEvent, useId, useState } from "react";
import type { FlowDraft } from "@/lib/flow-draft";
import { composeBundle } from "./draft-checks";
import { parseAnswers } from "./test-ops";

interface Props {
  draft: FlowDraft;
  departments: Department[];
  onAdd: (test: FlowTest) => void;
}

const example = '{ "moveType": "tennyu", "moveDate": "2026-04-01", "members": [{ "name": "東雲 太郎" }] }';

/** Minimal authoring: paste the answers as JSON, tick the expected procedures (or take the engine's). */
export function AddTestForm({ draft, departments, onAdd }: Props) {
  const ids = useId();
  const [name, setName] = useState("");
  const [answersText, setAnswersText] = useState("");
  const [expected, setExpected] = useState<string[]>([]);
  const [errors, setErrors] = useState<{ name?: string; answers?: string }>({});

  const nameError = (value: string) =>
    value.trim() === ""
      ? "テスト名を入力してください。"
      : draft.tests.some((t) => t.name === value.trim())
        ? "同じ名前のテストがあります。別の名前にしてください。"
        : undefined;

  const takeActual = () => {
    const parsed = parseAnswers(answersText);
    if (!parsed.ok) return setErrors((e) => ({ ...e, answers: parsed.error }));
    const composed = composeBundle(draft, departments);
    if (!composed.ok) return setErrors((e) => ({ ...e, answers: "下書きに誤りがあるため判定できません。" }));
    try {
      setExpected(determine(composed.bundle, parsed.answers).procedures.map((p) => p.key));
      setErrors((e) => ({ ...e, answers: undefined }));
    } catch (error) {
      setErrors((e) => ({ ...e, answers: `判定できませんでした: ${String(error)}` }));
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseAnswers(answersText);
    const next = { name: nameError(name), answers: parsed.ok ? undefined : parsed.error };
    setErrors(next);
    if (next.name || !parsed.ok) return;
    onAdd({ name: name.trim(), answers: parsed.answers as FlowTest["answers"], expectProcedures: expected });
    setName("");
    setAnswersText("");
    setExpected([]);
  };

  return (
    <details className="mt-8 rounded-8 border border-solid-gray-420 bg-white p-4">
      <summary className="cursor-pointer font-bold text-blue-900">
        テストを追加する（回答の JSON を貼り付け）
      </summary>
      <form aria-label="テストの追加" onSubmit={submit} noValidate className="mt-4 max-w-3xl space-y-5">
        <TextField
          label="テスト名"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.name}
        />
        <div>
          <label htmlFor={`${ids}-answers`} className="block font-bold">
            回答（JSON）
          </label>
          <p id={`${ids}-hint`} className="mt-1 text-sm text-solid-gray-700">
            質問のキーと回答の組です。例: <code>{example}</code>
          </p>
          <textarea
            id={`${ids}-answers`}
            value={answersText}
            onChange={(e) => setAnswersText(e.target.value)}
            rows={6}
            aria-invalid={errors.answers ? true : undefined}
            aria-describedby={`${ids}-hint${errors.answers ? ` ${ids}-error` : ""}`}
            className={`${controlClassName(Boolean(errors.answers))} mt-2 py-2 font-mono text-sm`}
          />
          <FieldError id={`${ids}-error`}>{errors.answers}</FieldError>
          <Button size="sm" variant="secondary" className="mt-2" onClick={takeActual}>
            この回答の判定結果を期待値にする
          </Button>
        </div>
        <fieldset>
          <legend className="font-bold">期待する手続き（{expected.length}件）</legend>
          <div className="mt-2 grid gap-x-4 sm:grid-cols-2">
            {draft.procedures.map((p) => (
              <Checkbox
                key={p.key}
                label={`${p.key} ${p.title}`}
                checked={expected.includes(p.key)}
                onChange={(e) =>
                  setExpected((list) =>
                    e.target.checked ? [...list, p.key] : list.filter((k) => k !== p.key),
                  )
                }
              />
            ))}
          </div>
        </fieldset>
        <Button type="submit">テストを追加</Button>
      </form>
    </details>
  );
}
