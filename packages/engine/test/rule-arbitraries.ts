import fc from "fast-check";

/**
 * Generators of rules and data for the compiled-vs-interpreted property tests: well-formed rules
 * over every operator of the engine (the shapes real bundles use, so most evaluate to a value) mixed
 * with malformed ones (wrong argument counts, unknown operators, literal nulls) so that the error
 * paths are compared too.
 */

/** Dates as answers hold them, plus the broken ones a clerk can type. */
const isoDate = fc
  .date({ min: new Date("1890-01-01"), max: new Date("2100-12-31"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const dateLike = fc.oneof(
  { weight: 4, arbitrary: isoDate },
  {
    weight: 1,
    arbitrary: fc.constantFrom("R7.3.31", "令和7年3月31日", "H31.4.30", "2025-02-30", "2025-3-1", ""),
  },
);

const NAMES = ["東雲 太郎", "東雲 花子", "東雲　一郎", "山田 次郎", ""];
const RELATIONS = ["世帯主", "妻", "夫", "子", "父", "母", "孫", "兄", "妹", "その他"];

/**
 * Scalars of every kind the coercions treat differently (numeric strings, -0, blanks…), and
 * undefined, which answers built in code hold (`{ ...answers, publicSchool: undefined }`).
 */
export const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 100 }),
  fc.constant(undefined),
  fc.constantFrom(0, -0, 0.5, -1.5, 12, 65),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom("", " ", "0", "1", "2.5", "abc", "a", "tennyu", "type", ...RELATIONS.slice(0, 3)),
  dateLike,
  fc.string({ maxLength: 3 }),
);

/** A household member as the 住民異動 answers hold one (any field may be missing). */
export const member: fc.Arbitrary<Record<string, unknown>> = fc.record(
  {
    name: fc.constantFrom(...NAMES),
    birthDate: dateLike,
    relationship: fc.constantFrom(...RELATIONS),
    sex: fc.constantFrom("M", "F"),
    hasMyNumberCard: fc.boolean(),
    n: fc.integer({ min: -2, max: 5 }),
  },
  { requiredKeys: [] },
);

const list = fc.array(fc.oneof(scalar, member), { maxLength: 4 });

/** The data a rule runs on: usually an answers-like object, sometimes a bare scalar or list. */
export const ruleData: fc.Arbitrary<unknown> = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.record(
      {
        a: scalar,
        b: scalar,
        n: fc.integer({ min: -2, max: 20 }),
        s: fc.string({ maxLength: 4 }),
        on: dateLike,
        birthDate: dateLike,
        flag: fc.boolean(),
        list,
        members: fc.array(member, { maxLength: 4 }),
        people: fc.array(member, { maxLength: 3 }),
        member,
        memberIndex: fc.integer({ min: 0, max: 3 }),
        applicant: fc.record({ name: fc.constantFrom(...NAMES) }, { requiredKeys: [] }),
        x: fc.record({ y: fc.record({ z: scalar }, { requiredKeys: [] }) }, { requiredKeys: [] }),
        type: fc.string({ maxLength: 2 }),
        error: fc.record({ type: fc.constantFrom("boom", "NaN") }),
      },
      { requiredKeys: [] },
    ),
  },
  { weight: 1, arbitrary: fc.oneof(scalar, list) },
);

/** var paths: the data's keys, nested ones, item fields inside iterators, and ones that lead nowhere. */
const PATHS = [
  "",
  "a",
  "b",
  "n",
  "s",
  "on",
  "flag",
  "list",
  "list.0",
  "list.1.name",
  "members",
  "members.0.birthDate",
  "member",
  "member.birthDate",
  "member.name",
  "memberIndex",
  "applicant.name",
  "x.y.z",
  "x.y",
  "nope",
  "nope.deeper",
  "current",
  "current.n",
  "accumulator",
  "index",
  "type",
  "birthDate",
  "name",
  "relationship",
  "0",
  "1",
  "people",
  "error.type",
  // Inherited, not own: a var never reads them.
  "constructor",
  "member.toString",
  "list.length",
];
const path = fc.constantFrom(...PATHS);

/** The operators of the engine's table, standard and ours. */
export const STANDARD_OPERATORS = [
  "var",
  "val",
  "exists",
  "missing",
  "missing_some",
  "if",
  "?:",
  "and",
  "or",
  "!",
  "!!",
  "??",
  "throw",
  "try",
  "preserve",
  "==",
  "!=",
  "===",
  "!==",
  "<",
  "<=",
  ">",
  ">=",
  "+",
  "-",
  "*",
  "/",
  "%",
  "max",
  "min",
  "cat",
  "substr",
  "in",
  "map",
  "filter",
  "reduce",
  "all",
  "some",
  "none",
  "merge",
] as const;
export const ENGINE_OPERATORS = [
  "ageLegal",
  "ageCalendar",
  "schoolGrade",
  "addDays",
  "daysBetween",
  "wareki",
  "parseWareki",
  "relationToApplicant",
] as const;
const ITERATORS = ["map", "filter", "reduce", "all", "some", "none"];
const DATE_OPS = [
  "ageLegal",
  "ageCalendar",
  "schoolGrade",
  "daysBetween",
  "addDays",
  "wareki",
  "parseWareki",
];

const op = (name: string, args: unknown) => ({ [name]: args });
const depth = { depthSize: "medium", maxDepth: 6, depthIdentifier: "rule" } as const;

/**
 * Rules over the given operator names (`extra`: more names, e.g. custom operators). The first
 * alternative of each oneof is a leaf, which fast-check falls back to at the maximum depth.
 */
export function ruleArbitrary(extra: readonly string[] = []): fc.Arbitrary<unknown> {
  const names = [...STANDARD_OPERATORS, ...ENGINE_OPERATORS, ...extra];
  const { rule } = fc.letrec((tie) => {
    const sub = tie("rule");
    const args = fc.array(sub, { maxLength: 4, depthIdentifier: "rule" });
    const varRead = fc.oneof(
      path.map((p) => op("var", p)),
      fc.tuple(path, sub).map(([p, fallback]) => op("var", [p, fallback])),
      path.map((p) => op("var", [p])),
    );
    const dateArg = fc.oneof(
      dateLike,
      fc.constantFrom(
        op("var", "on"),
        op("var", "member.birthDate"),
        op("var", "birthDate"),
        op("var", "current.birthDate"),
        op("val", [[2], "on"]),
      ),
    );
    return {
      rule: fc.oneof(
        depth,
        { weight: 3, arbitrary: tie("leaf") },
        { weight: 3, arbitrary: varRead },
        { weight: 6, arbitrary: tie("shaped") },
        { weight: 4, arbitrary: tie("anyOp") },
      ),
      leaf: fc.oneof(
        { weight: 6, arbitrary: scalar },
        { weight: 1, arbitrary: fc.constantFrom({}, [], [1, "a"], [[1], [2]]) },
      ),
      /** Any operator with any arguments: a list mostly, else one argument, null or a literal. */
      anyOp: fc
        .tuple(fc.constantFrom(...names), fc.oneof(depth, args, sub, fc.constant(null)))
        .map(([name, a]) => op(name, a)),
      /** The shapes rules are written in, so deeper nodes are reached and most rules hold a value. */
      shaped: fc.oneof(
        depth,
        fc
          .tuple(
            fc.constantFrom("===", "!==", "==", "!=", "<", "<=", ">", ">=", "in", "+", "-", "*", "/", "%"),
            sub,
            sub,
          )
          .map(([name, l, r]) => op(name, [l, r])),
        fc
          .tuple(fc.constantFrom("and", "or", "if", "??", "+", "cat", "merge", "max", "min"), args)
          .map(([n, a]) => op(n, a)),
        fc
          .tuple(fc.constantFrom(...ITERATORS), tie("source"), fc.oneof(sub, tie("scoped")))
          .map(([name, s, body]) => op(name, [s, body])),
        fc.tuple(tie("source"), sub, sub).map(([s, body, initial]) => op("reduce", [s, body, initial])),
        fc
          .tuple(
            fc.constantFrom(...DATE_OPS),
            dateArg,
            fc.oneof(dateArg, fc.integer({ min: -400, max: 400 })),
          )
          .map(([name, x, y]) => op(name, [x, y])),
        fc
          .tuple(
            fc.constantFrom(op("var", "members"), op("var", "people"), op("var", "list")),
            fc.constantFrom<unknown>(op("var", "applicant.name"), ...NAMES),
            fc.constantFrom(op("var", "member"), op("var", ""), op("var", "members.0")),
          )
          .map((a) => op("relationToApplicant", a)),
        tie("scoped"),
        fc.tuple(sub, sub).map(([body, fallback]) => op("try", [body, fallback])),
        fc.constantFrom(
          op("try", [op("throw", "boom"), op("val", "type")]),
          op("try", [op("/", [1, 0]), op("val", [[2], "n"])]),
          op("throw", op("var", "error")),
          op("missing", ["a", "nope", "member.name"]),
          op("missing_some", [1, ["a", "nope"]]),
          op("exists", ["x", "y", "z"]),
          op("substr", ["東雲市役所", -3, 2]),
          op("preserve", { var: "a" }),
          { a: 1, b: 2 },
          op("nope", [1]),
        ),
      ),
      /** Reads of the scopes around an iterator body: `val` climbing levels, some of them no index. */
      scoped: fc.oneof(
        fc
          .tuple(fc.constantFrom(0, 1, 2, 3, 4, -1, 1.5, "1", Number.NaN), fc.array(path, { maxLength: 2 }))
          .map(([level, segs]) =>
            op("val", [[level], ...segs.flatMap((p) => (p === "" ? [] : p.split(".")))]),
          ),
        // The same scope read twice is the same object, as in the interpreter's stack.
        fc.constantFrom(1, 2, 3).map((level) => op("===", [op("val", [[level]]), op("val", [[level]])])),
      ),
      /** What iterators walk: lists from the data, literal lists of rules, or anything at all. */
      source: fc.oneof(
        depth,
        fc.constantFrom(op("var", "members"), op("var", "list"), op("var", "people"), op("var", "nope")),
        fc.array(sub, { maxLength: 3, depthIdentifier: "rule" }),
        sub,
        fc.constant(null),
      ),
    };
  });
  return rule;
}
