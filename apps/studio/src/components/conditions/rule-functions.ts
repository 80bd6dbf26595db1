/**
 * The visual builder knows fields, not function calls. Our date operators always appear in rules as
 * `{"ageLegal": [{"var": "member.birthDate"}, {"var": "on"}]}` (age, grade or days at the reference
 * date), and 「1つ以上選んだ」 as `{"!!": [{"var": "member.handbooks"}]}`. These are rewritten into
 * pseudo-fields (`ageLegal:member.birthDate`, `has:member.handbooks`) before the builder parses a
 * rule and back after it formats one, so the builder can show and edit them like any answer.
 * Anything else stays as it is; the analysis hands a rule to the builder only when the round trip
 * gives back the same JSON Logic.
 */

/** Operators of the engine computed from a date answer and the reference date `on`. */
export const dateFunctions = {
  ageLegal: "法律上の年齢",
  ageCalendar: "満年齢",
  schoolGrade: "学年",
  daysBetween: "基準日までの日数",
} as const;
export type DateFunction = keyof typeof dateFunctions;

const HAS = "has";
const IS = "is";

export const functionField = (fn: DateFunction, path: string) => `${fn}:${path}`;
export const hasField = (path: string) => `${HAS}:${path}`;
/** A value that is itself the condition (`{"var": "kaigoRefund"}`, a computed yes/no). */
export const isField = (path: string) => `${IS}:${path}`;

type Json = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function varPath(value: unknown): string | null {
  return isObject(value) && Object.keys(value).length === 1 && typeof value.var === "string"
    ? value.var
    : null;
}

function single(rule: Record<string, unknown>): [string, unknown] | null {
  const entries = Object.entries(rule);
  return entries.length === 1 ? (entries[0] as [string, unknown]) : null;
}

/**
 * Rule → the same rule with function calls, 「回答がある」 and values used as conditions as
 * pseudo-field vars. `condition`: this node is a condition itself (the rule, or an operand of
 * and / or / !), where a bare `{"var": …}` means 「… が成り立つ」.
 */
export function toBuilderRule(rule: Json, condition = true): Json {
  if (Array.isArray(rule)) return rule.map((r) => toBuilderRule(r, false));
  if (!isObject(rule)) return rule;
  const entry = single(rule);
  if (entry) {
    const [op, args] = entry;
    const bare = varPath(rule);
    if (condition && op === "var" && bare !== null && !bare.includes(":")) {
      return { "===": [{ var: isField(bare) }, true] };
    }
    if (op in dateFunctions && Array.isArray(args) && args.length === 2 && varPath(args[1]) === "on") {
      const path = varPath(args[0]);
      if (path !== null) return { var: functionField(op as DateFunction, path) };
    }
    if ((op === "!!" || op === "!") && Array.isArray(args) && args.length === 1) {
      const path = varPath(args[0]);
      if (path !== null) return { "===": [{ var: hasField(path) }, op === "!!"] };
    }
    if (op === "!" && varPath(args) !== null)
      return { "===": [{ var: isField(varPath(args) ?? "") }, false] };
    if (op === "and" || op === "or") {
      return {
        [op]: Array.isArray(args) ? args.map((a) => toBuilderRule(a, true)) : toBuilderRule(args, true),
      };
    }
    if (op === "!") return { "!": toBuilderRule(args, true) };
  }
  return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, toBuilderRule(v, false)]));
}

/** The builder's output → the engine's rule (inverse of toBuilderRule). */
export function fromBuilderRule(rule: Json): Json {
  if (Array.isArray(rule)) return rule.map(fromBuilderRule);
  if (!isObject(rule)) return rule;
  const entry = single(rule);
  if (entry) {
    const [op, args] = entry;
    const path = varPath(rule);
    if (op === "var" && path !== null) {
      const at = path.indexOf(":");
      const fn = at > 0 ? path.slice(0, at) : "";
      if (fn in dateFunctions) return { [fn]: [{ var: path.slice(at + 1) }, { var: "on" }] };
    }
    if ((op === "===" || op === "==") && Array.isArray(args) && args.length === 2) {
      const field = varPath(args[0]);
      if (field?.startsWith(`${HAS}:`) && typeof args[1] === "boolean") {
        return { [args[1] ? "!!" : "!"]: [{ var: field.slice(HAS.length + 1) }] };
      }
      if (field?.startsWith(`${IS}:`) && typeof args[1] === "boolean") {
        const value = { var: field.slice(IS.length + 1) };
        return args[1] ? value : { "!": value };
      }
    }
  }
  return Object.fromEntries(Object.entries(rule).map(([k, v]) => [k, fromBuilderRule(v)]));
}
