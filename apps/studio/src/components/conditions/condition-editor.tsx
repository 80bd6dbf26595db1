"use client";
import type { Rule } from "@kakanai/engine";
import { Button } from "@kakanai/ui";
import { useId, useMemo, useState } from "react";
import type { RuleGroupType } from "react-querybuilder";
import type { DraftQuestion } from "@/lib/flow-draft";
import { AdvancedRule } from "./advanced-rule";
import { type ConditionScope, conditionFields, ruleNames } from "./condition-fields";
import { ConditionQueryBuilder } from "./condition-query-builder";
import { analyzeRule, emptyQuery, toJsonLogic } from "./rule-analysis";
import { summarizeRule } from "./rule-summary";

interface Props {
  /** Region name: 「適用条件」 or 「表示条件」. */
  title: string;
  /** What an empty condition means here, e.g. 「常に適用されます」. */
  emptyMeaning: string;
  rule: Rule | undefined;
  questions: DraftQuestion[];
  /** A question cannot depend on itself. */
  excludeKey?: string;
  /** "member": a per-member rule, which may also read the 世帯員's answers (member.…). */
  scope?: ConditionScope;
  /** Keys of the flow's computed values, offered as fields. */
  computed?: string[];
  /** undefined = no condition. */
  onChange: (rule: Rule | undefined) => void;
}

/**
 * Mount with a `key` per edited item: the analysis of the stored rule happens once, so an advanced
 * rule stays advanced (untouched) until the admin explicitly replaces it.
 */
export function ConditionEditor({
  title,
  emptyMeaning,
  rule,
  questions,
  excludeKey,
  scope = "household",
  computed,
  onChange,
}: Props) {
  const headingId = useId();
  const fields = useMemo(
    () => conditionFields(questions, excludeKey, scope, computed),
    [questions, excludeKey, scope, computed],
  );
  const [initial] = useState(() => analyzeRule(rule, fields));
  const [advanced, setAdvanced] = useState(initial.kind === "advanced");
  const [query, setQuery] = useState<RuleGroupType>(
    initial.kind === "builder" ? initial.query : emptyQuery(),
  );
  const [replaced, setReplaced] = useState<Rule | undefined>(undefined);

  function changeQuery(next: RuleGroupType) {
    setQuery(next);
    onChange(toJsonLogic(next, fields) ?? undefined);
  }

  function replace() {
    const ok = window.confirm(
      "今の高度な条件を消して、新しい条件を作りますか？（保存するまでは「元の条件に戻す」で戻せます）",
    );
    if (!ok) return;
    setReplaced(rule);
    setAdvanced(false);
    setQuery(emptyQuery());
    onChange(undefined);
  }

  function restore() {
    setAdvanced(true);
    onChange(replaced);
    setReplaced(undefined);
  }

  return (
    <section aria-labelledby={headingId} className="space-y-3">
      <h3 id={headingId} className="text-lg font-bold">
        {title}
      </h3>
      {advanced ? (
        <AdvancedRule
          summary={summarizeRule(rule, ruleNames(questions))}
          json={rule ?? true}
          onEdit={onChange}
          onReplace={replace}
        />
      ) : (
        <>
          <p className="text-sm text-solid-gray-700">
            {query.rules.length === 0
              ? `条件はありません（${emptyMeaning}）。「＋ 条件を追加」で条件を作れます。`
              : `今の条件: ${summarizeRule(toJsonLogic(query, fields), ruleNames(questions))}`}
          </p>
          <p className="text-sm text-solid-gray-700">
            年齢・学年・日数は基準日（異動日・生まれた日・亡くなった日）の時点で計算します。学年は小学1年生が1、未就学は0以下、高校3年生の年代が12です。
          </p>
          {fields.length === 0 ? (
            <p>条件に使える質問がまだありません。先に「質問」タブで質問を追加してください。</p>
          ) : (
            <ConditionQueryBuilder fields={fields} query={query} onQueryChange={changeQuery} />
          )}
          <Button variant="tertiary" size="sm" onClick={() => setAdvanced(true)}>
            JSON Logic で編集
          </Button>
          {replaced !== undefined && (
            <Button variant="tertiary" size="sm" onClick={restore}>
              元の条件に戻す
            </Button>
          )}
        </>
      )}
    </section>
  );
}
