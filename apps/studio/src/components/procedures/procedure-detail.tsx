"use client";
import type { Rule } from "@kakanai/engine";
import type { DraftProcedure, FlowDraft } from "@/lib/flow-draft";
import { ConditionEditor } from "../conditions/condition-editor";
import { ruleNames } from "../conditions/condition-fields";
import { summarizeRule } from "../conditions/rule-summary";
import { FormRequirements } from "./form-requirements";

interface Props {
  procedure: DraftProcedure;
  draft: FlowDraft;
  departmentName: string;
  onRuleChange: (rule: Rule) => void;
}

export function ProcedureDetail({ procedure, draft, departmentName, onRuleChange }: Props) {
  const names = ruleNames(draft.questions);
  return (
    <section
      aria-label={`手続き ${procedure.title}`}
      className="space-y-6 rounded-8 border border-solid-gray-420 p-4"
    >
      <div>
        <p className="text-sm text-solid-gray-700">{procedure.key}</p>
        <h2 className="text-xl font-bold">{procedure.title}</h2>
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
          <dt className="font-bold">担当課</dt>
          <dd>{departmentName}</dd>
          {procedure.deadlineDays !== undefined && (
            <>
              <dt className="font-bold">期限</dt>
              <dd>基準日から{procedure.deadlineDays}日以内</dd>
            </>
          )}
          {procedure.itemsToBring.length > 0 && (
            <>
              <dt className="font-bold">持ち物</dt>
              <dd>{procedure.itemsToBring.join("、")}</dd>
            </>
          )}
        </dl>
        {procedure.description && <p className="mt-2">{procedure.description}</p>}
      </div>
      <ConditionEditor
        title="適用条件"
        emptyMeaning="このフローでは常に適用されます"
        rule={procedure.rule}
        questions={draft.questions}
        // The contract requires a rule; "no condition" is stored as JSON Logic `true` (always).
        onChange={(rule) => onRuleChange(rule ?? true)}
      />
      {procedure.memberRule !== undefined && (
        <div>
          <h3 className="text-lg font-bold">対象となる世帯員の条件</h3>
          <p className="mt-1 rounded-8 bg-solid-gray-50 p-3">{summarizeRule(procedure.memberRule, names)}</p>
          <p className="mt-1 text-sm text-solid-gray-700">
            この条件はこの画面では編集できません（表示のみ）。
          </p>
        </div>
      )}
      <FormRequirements procedure={procedure} forms={draft.forms} names={names} />
    </section>
  );
}
