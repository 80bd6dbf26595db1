import type { Rule } from "./bundle";
import { evaluate } from "./evaluate";
import { isPlainObject, truthy } from "./json-logic/coerce";
import { DATA_ACCESS, ruleRefs } from "./rule-refs";

/** What lint can decide about a condition without any answers. */
export interface Decision {
  holds: "always" | "never";
  /** Why, for a contradiction: 「moveType」が "tennyu" と "tenshutsu" の両方 */
  why?: string;
}

/**
 * Decides a condition when that is certain: a rule that reads no data (only literals and pure
 * operators) is evaluated once; an `and` asking one answer to be === two different literals never
 * holds. Anything else, and a rule that fails to evaluate, is undecided (null).
 */
export function decideRule(rule: Rule): Decision | null {
  const refs = ruleRefs(rule);
  if (!refs.operators.some((op) => DATA_ACCESS.has(op))) {
    try {
      return { holds: truthy(evaluate(rule, {})) ? "always" : "never" };
    } catch {
      return null; // an unknown operator or a broken rule: reported elsewhere
    }
  }
  const why = contradiction(rule);
  return why === null ? null : { holds: "never", why };
}

type Literal = string | number | boolean | null;

function contradiction(rule: Rule): string | null {
  const seen = new Map<string, { label: string; value: Literal }>();
  for (const term of conjuncts(rule)) {
    const eq = equality(term);
    if (eq === null) continue;
    const before = seen.get(eq.key);
    if (before === undefined) seen.set(eq.key, eq);
    else if (before.value !== eq.value) {
      return `「${eq.label}」が ${JSON.stringify(before.value)} と ${JSON.stringify(eq.value)} の両方`;
    }
  }
  return null;
}

/** The terms of a top-level `and`, nested ands flattened; [] for any other rule. */
function conjuncts(rule: unknown): unknown[] {
  const args = operation(rule, "and");
  if (!Array.isArray(args)) return [];
  return args.flatMap((term) => (Array.isArray(operation(term, "and")) ? conjuncts(term) : [term]));
}

/** {"===": [{"var": X}, literal]} (either order): the read, as canonical JSON, and the literal. */
function equality(term: unknown): { key: string; label: string; value: Literal } | null {
  const args = operation(term, "===");
  if (!Array.isArray(args) || args.length !== 2) return null;
  const [a, b] = args;
  const [read, value] = isRead(a) ? [a, b] : [b, a];
  if (!isRead(read) || !isLiteral(value)) return null;
  const path = read.var ?? read.val;
  const label = !Array.isArray(path) ? String(path) : "var" in read ? String(path[0]) : path.join(".");
  return { key: JSON.stringify(read), label, value };
}

function operation(rule: unknown, name: string): unknown {
  return isPlainObject(rule) && Object.keys(rule).length === 1 ? rule[name] : undefined;
}

/** A var/val with a literal path: the same object reads the same value within one evaluation. */
function isRead(rule: unknown): rule is Record<string, unknown> {
  const path = operation(rule, "var") ?? operation(rule, "val");
  if (path === undefined) return false;
  const list = Array.isArray(path) ? path : [path];
  return list.every((p) => typeof p === "string" || typeof p === "number");
}

function isLiteral(value: unknown): value is Literal {
  return value === null || ["string", "number", "boolean"].includes(typeof value);
}
