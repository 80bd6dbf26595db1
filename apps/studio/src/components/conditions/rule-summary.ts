/**
 * A readable Japanese rendering of any JSON Logic rule, for rules the builder cannot edit. It is a
 * description for people, not a parser: unknown operators are shown by name with their arguments.
 */
export function summarizeRule(rule: unknown, names: RuleNames): string {
  return new Summarizer(names).text(rule);
}

/** How to name an answer key, and an option value of that key, in Japanese. */
export interface RuleNames {
  varLabel: (key: string) => string;
  valueLabel: (key: string, value: string) => string | null;
}

const comparisons: Record<string, (a: string, b: string) => string> = {
  "==": (a, b) => `${a} が ${b}`,
  "===": (a, b) => `${a} が ${b}`,
  "!=": (a, b) => `${a} が ${b} でない`,
  "!==": (a, b) => `${a} が ${b} でない`,
  ">": (a, b) => `${a} が ${b} より大きい`,
  ">=": (a, b) => `${a} が ${b} 以上`,
  "<": (a, b) => `${a} が ${b} より小さい`,
  "<=": (a, b) => `${a} が ${b} 以下`,
};

const functions: Record<string, string> = {
  ageLegal: "法律上の年齢",
  ageCalendar: "満年齢",
  schoolGrade: "学年",
  wareki: "和暦",
  count: "件数",
};

class Summarizer {
  constructor(private readonly names: RuleNames) {}

  text(rule: unknown): string {
    if (rule === true) return "常に";
    if (rule === false) return "適用しない";
    if (rule === null) return "（空）";
    if (typeof rule === "string") return `「${rule}」`;
    if (typeof rule === "number") return String(rule);
    if (Array.isArray(rule)) return `［${rule.map((r) => this.text(r)).join("、")}］`;
    if (typeof rule !== "object") return String(rule);
    const [op, raw] = Object.entries(rule as Record<string, unknown>)[0] ?? ["", []];
    const args = Array.isArray(raw) ? raw : [raw];
    return this.operation(op, args);
  }

  private operation(op: string, args: unknown[]): string {
    const [a, b, c] = args;
    switch (op) {
      case "var":
        return `「${this.names.varLabel(String(a ?? ""))}」`;
      case "and":
        return this.join(args, " かつ ");
      case "or":
        return this.join(args, " または ");
      case "!":
        return `次に当てはまらない: ${this.text(a)}`;
      case "!!":
        return `${this.text(a)} に回答がある`;
      case "in":
        return Array.isArray(b)
          ? `${this.text(a)} が ${b.map((x) => this.value(a, x)).join("・")} のいずれか`
          : `${this.text(b)} に ${this.value(b, a)} を含む`;
      case "some":
        return `${this.text(a)} のうち少なくとも1人が次に当てはまる: ${this.text(b)}`;
      case "all":
        return `${this.text(a)} の全員が次に当てはまる: ${this.text(b)}`;
      case "none":
        return `${this.text(a)} の誰も次に当てはまらない: ${this.text(b)}`;
      case "if":
        return `もし ${this.text(a)} なら ${this.text(b)}、そうでなければ ${this.text(c)}`;
      default:
        break;
    }
    const compare = comparisons[op];
    // JSON Logic's between form: {"<": [low, x, high]}.
    if ((op === "<" || op === "<=") && args.length === 3) {
      const sym = op === "<" ? "<" : "≦";
      return `${this.text(a)} ${sym} ${this.text(b)} ${sym} ${this.text(c)}`;
    }
    if (compare) return compare(this.text(a), this.value(a, b));
    const fn = functions[op] ?? op;
    // Age and grade functions take (birth date, reference date): say it the way staff would.
    if (functions[op] && args.length === 2) return `${fn}（${this.text(a)}から${this.text(b)}時点で計算）`;
    return `${fn}（${args.map((x) => this.text(x)).join("、")}）`;
  }

  /** A literal compared with an answer: shown by its option label (転入) rather than its value (tennyu). */
  private value(subject: unknown, literal: unknown): string {
    const key = varKey(subject);
    const label = key !== null && typeof literal === "string" ? this.names.valueLabel(key, literal) : null;
    if (label) return `「${label}」`;
    if (literal === true) return "「はい」";
    if (literal === false) return "「いいえ」";
    if (literal === null) return "空欄";
    return this.text(literal);
  }

  private join(args: unknown[], sep: string): string {
    if (args.length === 1) return this.text(args[0]);
    return `（${args.map((x) => this.text(x)).join(sep)}）`;
  }
}

function varKey(rule: unknown): string | null {
  if (typeof rule !== "object" || rule === null || !("var" in rule)) return null;
  const v = (rule as { var: unknown }).var;
  return typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v[0] : null;
}
