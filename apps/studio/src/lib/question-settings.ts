import { effectiveDateBound } from "@kakanai/engine";
import type { DraftItemQuestion, DraftQuestion } from "./flow-draft";

type AnyQuestion = DraftQuestion | DraftItemQuestion;
export type Requirement = "always" | "optional" | "conditional";

/** How the bundle says it: requiredIf decides when present (with required: false beside it). */
export function requirementOf(q: AnyQuestion): Requirement {
  if (q.requiredIf !== undefined) return "conditional";
  return q.required === false ? "optional" : "always";
}

/**
 * The question with its requirement changed. 「条件つき」 keeps the condition it has; with none built
 * yet the question is optional until one is. `required: false` is written beside a condition, so an
 * engine that ignores requiredIf asks the question as optional instead of always insisting.
 */
export function withRequirement(q: AnyQuestion, next: Requirement): AnyQuestion {
  const { requiredIf, ...rest } = q;
  if (next === "always") return { ...rest, required: true } as AnyQuestion;
  if (next === "optional") return { ...rest, required: false } as AnyQuestion;
  return { ...rest, required: false, ...(requiredIf !== undefined && { requiredIf }) } as AnyQuestion;
}

export type DateBoundChoice = "any" | "notFuture" | "notPast";

/** What the engine applies to a date question: a `birthDate` question without a setting shows 未来不可. */
export function dateBoundChoiceOf(q: AnyQuestion): DateBoundChoice {
  return effectiveDateBound(q) ?? "any";
}

/**
 * The question with its date bound set. 「制限なし」 is no setting at all, except on a question keyed
 * `birthDate`, which without one is refused in the future (bundles published before the setting), so
 * there it is written out as "none".
 */
export function withDateBound(q: AnyQuestion, next: DateBoundChoice): AnyQuestion {
  const { dateBound: _old, ...rest } = q;
  if (next !== "any") return { ...rest, dateBound: next } as AnyQuestion;
  return (effectiveDateBound(rest) ? { ...rest, dateBound: "none" } : rest) as AnyQuestion;
}

/** A contradiction in a number's bounds or a group's counts, in Japanese; null when consistent. */
export function answerLimits(q: AnyQuestion): string | null {
  if (q.kind === "number" && q.min !== undefined && q.max !== undefined && q.min > q.max)
    return `最小値 ${q.min} が最大値 ${q.max} より大きいため、どの回答も受け付けられません。`;
  if (q.kind === "group" && "minItems" in q) {
    const { minItems, maxItems } = q as DraftQuestion;
    if (minItems !== undefined && maxItems !== undefined && minItems > maxItems)
      return `最少件数 ${minItems} が最多件数 ${maxItems} より大きいため、窓口で先に進めません。`;
  }
  return null;
}
