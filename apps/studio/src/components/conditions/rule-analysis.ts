import type { Rule } from "@kakanai/engine";
import { type Field, formatQuery, type RuleGroupType } from "react-querybuilder";
import { parseJsonLogic } from "react-querybuilder/parseJsonLogic";
import { fromBuilderRule, toBuilderRule } from "./rule-functions";

export type RuleAnalysis =
  | { kind: "empty" }
  | { kind: "builder"; query: RuleGroupType }
  | { kind: "advanced" };

export const emptyQuery = (): RuleGroupType => ({ combinator: "and", rules: [] });

/**
 * Decides whether the visual builder can show a rule without changing it. The builder's parser
 * silently drops what it does not understand (ageLegal, some over members, !), so a rule is only
 * handed to the builder when parse → format gives back exactly the same JSON Logic.
 */
export function analyzeRule(rule: Rule | undefined, fields: Field[]): RuleAnalysis {
  if (rule === undefined || rule === null || rule === true) return { kind: "empty" };
  if (typeof rule !== "object" || Array.isArray(rule)) return { kind: "advanced" };
  try {
    // Field option types differ between the builder and the parser; the shape is the same.
    const query = parseJsonLogic(toBuilderRule(rule) as never, { fields: fields as never });
    if (!onlyKnownFields(query, new Set(fields.map((f) => f.name)))) return { kind: "advanced" };
    const back = toJsonLogic(query, fields);
    // Loose == in an old rule is accepted and tightened to === the next time the admin edits it.
    return sameJson(wrapInGroup(back), wrapInGroup(strict(rule)))
      ? { kind: "builder", query }
      : { kind: "advanced" };
  } catch {
    return { kind: "advanced" };
  }
}

/**
 * Builder → JSON Logic. An empty builder yields null (the caller decides whether that means
 * "always" or "no condition"); a single condition is stored unwrapped so the JSON stays readable.
 * Comparisons are strict (===): the engine's lint warns on == because it fails on unanswered values.
 */
export function toJsonLogic(query: RuleGroupType, fields: Field[]): Rule | null {
  const out = fromBuilderRule(
    strict(formatQuery(query, { format: "jsonlogic", fields, parseNumbers: "strict-limited" })),
  );
  if (out === false || out === null || out === undefined) return null;
  if (isObject(out) && Array.isArray(out.and) && out.and.length === 1) return out.and[0] as Rule;
  return out as Rule;
}

/**
 * The parser also accepts fields the builder does not offer (a `some` over members, an item key
 * outside a member rule); the builder could not show those, so they stay in the advanced view.
 */
function onlyKnownFields(group: RuleGroupType, names: Set<string>): boolean {
  return group.rules.every((r) => {
    if (typeof r === "string") return true;
    if ("rules" in r) return onlyKnownFields(r, names);
    return !("match" in r && r.match) && names.has(r.field);
  });
}

const strictOps: Record<string, string> = { "==": "===", "!=": "!==" };

function strict(rule: unknown): unknown {
  if (Array.isArray(rule)) return rule.map(strict);
  if (!isObject(rule)) return rule;
  return Object.fromEntries(Object.entries(rule).map(([op, args]) => [strictOps[op] ?? op, strict(args)]));
}

function wrapInGroup(rule: unknown): unknown {
  if (rule === null) return { and: [] };
  if (isObject(rule) && (Array.isArray(rule.and) || Array.isArray(rule.or))) return rule;
  return { and: [rule] };
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
