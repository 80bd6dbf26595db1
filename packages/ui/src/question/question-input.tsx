"use client";

import type { ChoiceOption, PostalCodeTable } from "@kakanai/engine";
import type { ReactNode, Ref } from "react";
import { CheckboxGroup, RadioGroup } from "../choice-group";
import { isRichTextEmpty, RichText } from "../rich-text";
import { TextField } from "../text-field";
import { AddressInput } from "./address-input";
import { DateInput } from "./date-input";
import type { Draft, InputKind } from "./draft";

export interface QuestionInputProps {
  kind: InputKind;
  label: string;
  help?: unknown;
  options?: ChoiceOption[];
  required: boolean;
  placeholder?: string;
  draft: Draft;
  onDraft: (draft: Draft) => void;
  error?: string;
  /** The control to focus when the step appears. */
  focusRef: Ref<HTMLInputElement>;
  /** Extra hint under the help text (min/max, unit). */
  extraHint?: string;
  postalCodes?: PostalCodeTable;
}

const YES_NO = [
  { value: "true", label: "はい" },
  { value: "false", label: "いいえ" },
];

/** The right control for one question; the question's label is the control's accessible name. */
export function QuestionInput(props: QuestionInputProps) {
  const { kind, draft, onDraft, error, focusRef, required, options = [] } = props;
  const label = <span className="text-2xl leading-1-5">{props.label}</span>;
  const hint = <Hint help={props.help} extra={props.extraHint} />;
  const text = typeof draft === "string" ? draft : "";

  switch (kind) {
    case "boolean":
    case "choice":
      return (
        <RadioGroup
          legend={label}
          hint={hint}
          error={error}
          requiredMark={required}
          options={kind === "boolean" ? YES_NO : options}
          value={text || null}
          onChange={onDraft}
          inline={kind === "boolean"}
          large
          focusRef={focusRef}
        />
      );
    case "multi":
      return (
        // No 必須 mark: checking nothing is a valid answer (「なし」).
        <CheckboxGroup
          legend={label}
          hint={hint}
          error={error}
          options={options}
          value={Array.isArray(draft) ? draft : []}
          onChange={onDraft}
          large
          focusRef={focusRef}
        />
      );
    case "address":
      return (
        <AddressInput
          legend={label}
          hint={hint}
          error={error}
          required={required}
          draft={draft}
          onDraft={onDraft}
          focusRef={focusRef}
          postalCodes={props.postalCodes}
        />
      );
    case "date":
      return (
        <DateInput
          label={label}
          hint={hint}
          error={error}
          required={required}
          value={text}
          onChange={onDraft}
          inputRef={focusRef}
        />
      );
    case "notice":
      return (
        <div>
          <h2 className="text-2xl font-bold leading-1-5">{props.label}</h2>
          <div className="mt-3 rounded-8 border-l-4 border-blue-900 bg-blue-50 p-4">
            {props.help && !isRichTextEmpty(props.help) ? (
              <RichText doc={props.help} />
            ) : (
              <p>内容を来庁者に伝えてください。</p>
            )}
          </div>
        </div>
      );
    default:
      return (
        <TextField
          ref={focusRef}
          label={label}
          hint={
            kind === "kana" ? (
              // The kana rule, then any note the step adds (its same-person prefill says where it came from).
              <Hint
                help={props.help}
                extra={["全角カタカナで入力（ひらがなは自動でカタカナにします）", props.extraHint]}
              />
            ) : (
              hint
            )
          }
          error={error}
          requiredMark={required}
          size="lg"
          value={text}
          onChange={(e) => onDraft(e.target.value)}
          inputMode={kind === "number" || kind === "count" ? "numeric" : undefined}
          placeholder={props.placeholder}
          autoComplete="off"
          spellCheck={false}
          inputClassName={kind === "number" || kind === "count" ? "max-w-xs" : undefined}
        />
      );
  }
}

function Hint({ help, extra }: { help?: unknown; extra?: string | (string | undefined)[] }): ReactNode {
  const hasHelp = help !== undefined && !isRichTextEmpty(help);
  const lines = (Array.isArray(extra) ? extra : [extra]).filter((line): line is string => !!line);
  if (!hasHelp && lines.length === 0) return null;
  return (
    <>
      {hasHelp && <RichText doc={help} className="text-base text-solid-gray-800" />}
      {lines.map((line) => (
        <p key={line} className="mt-1">
          {line}
        </p>
      ))}
    </>
  );
}
