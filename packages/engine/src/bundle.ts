import { z } from "zod";

/**
 * The published bundle: everything the counter needs to run one flow, frozen at publish time.
 * This file is the contract between studio, engine, pdf, api and seed. Add optional fields freely;
 * changing the meaning of an existing field needs a new schemaVersion and a migration hop.
 */

/** A JSON Logic rule, extended with our operators (ageLegal, schoolGrade, wareki, …). */
export const rule = z.json();
export type Rule = z.infer<typeof rule>;

/** A tiptap/ProseMirror JSON document. Rendered through an allow-list, never as raw HTML. */
export const richText = z.object({ type: z.literal("doc"), content: z.array(z.json()).optional() });
export type RichText = z.infer<typeof richText>;

export const questionKind = z.enum([
  "text",
  "kana", // 全角カタカナ
  "number",
  "date", // ISO YYYY-MM-DD, entered as 和暦 or western
  "boolean",
  "choice",
  "multi",
  "address", // { postalCode, prefecture, city, town, banchi, building? }
  "notice", // shows text, takes no answer
  "group", // repeating group (household members): asks a count, then `questions` per item
]);
export type QuestionKind = z.infer<typeof questionKind>;

/**
 * date only: which side of today (in Japan) an answer may not be on. "notFuture": 生年月日, 死亡日,
 * 届出日; "notPast": 転入予定日. Today is always accepted. "none": no bound, also for a question keyed
 * `birthDate`, which without this setting is "notFuture" (see effectiveDateBound).
 */
export const dateBound = z.enum(["notFuture", "notPast", "none"]);
export type DateBound = z.infer<typeof dateBound>;

export const choiceOption = z.object({ value: z.string().min(1), label: z.string().min(1) });
export type ChoiceOption = z.infer<typeof choiceOption>;

const questionBase = z.object({
  /** Stable identity across edits (drag and drop, diff). Never shown. */
  id: z.string().min(1),
  /**
   * Answer key. Top level: a dotted path into the answers ("applicant.name"). Inside a group:
   * relative to the item ("name" → members.0.name).
   */
  key: z.string().regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/),
  kind: questionKind,
  label: z.string().min(1),
  help: richText.optional(),
  options: z.array(choiceOption).optional(),
  required: z.boolean().default(true),
  /**
   * Required only when this holds (same data as visibleIf); when present it decides instead of
   * `required`. Write `required: false` beside it, so that an engine without requiredIf asks the
   * question as optional rather than always insisting on it.
   */
  requiredIf: rule.optional(),
  /** Shown only when this holds. Data: the answers; inside a group also `member` and `memberIndex`. */
  visibleIf: rule.optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  placeholder: z.string().optional(),
  /**
   * number only: the answer is a 0-based index into this group's items (childAllowanceClaimant →
   * "members"), so a UI can offer the members' names instead of a number field.
   */
  optionsFrom: z.string().optional(),
  /** date only: the input starts with today's date (請求日), so the clerk only confirms it. */
  defaultToday: z.boolean().optional(),
  /** date only: refuse dates after (or before) today, on every screen and on the server. */
  dateBound: dateBound.optional(),
  /**
   * Residents answer this question themselves on the public pre-application page (apps/portal)
   * before they come; absent or false: only staff ask it, at the counter. A group is asked there
   * with those of its item questions that carry the flag (see residentBundle).
   */
  residentVisible: z.boolean().optional(),
});

export const itemQuestion = questionBase.extend({
  kind: questionKind.exclude(["group"]),
});
export type ItemQuestion = z.infer<typeof itemQuestion>;

export const question = questionBase.extend({
  /**
   * The department that owns this question in a shared flow (税務課's moped question in 市民課's
   * 住民異動); absent: the flow's owning department. Only that department's admins may change it.
   */
  departmentKey: z.string().min(1).optional(),
  /** group only: how one item is called (世帯員) and its questions, asked per item. */
  itemLabel: z.string().optional(),
  minItems: z.number().int().min(0).optional(),
  maxItems: z.number().int().min(1).optional(),
  questions: z.array(itemQuestion).optional(),
});
export type Question = z.infer<typeof question>;

export const department = z.object({
  key: z.string().min(1),
  name: z.string().min(1),
  counter: z.string().default(""),
});
export type Department = z.infer<typeof department>;

/**
 * "each": one form per matching member. "household": one form listing the matching members in its
 * rows, continued on further sheets (rowsPerSheet on the form). "once": one form, no member rows.
 */
export const formMode = z.enum(["each", "household", "once"]);

export const formRequirement = z.object({
  formKey: z.string().min(1),
  /** Household-level condition; default: always when the procedure applies. */
  when: rule.optional(),
  /** Per-member condition (data: answers + member + memberIndex); default: the procedure's members. */
  memberRule: rule.optional(),
  mode: formMode,
});
export type FormRequirement = z.infer<typeof formRequirement>;

export const procedure = z.object({
  key: z.string().min(1), // P01
  title: z.string().min(1),
  departmentKey: z.string().min(1),
  description: z.string().optional(),
  /** Household-level rule (data: answers + computed). */
  rule: rule,
  /**
   * Optional per-member rule. When present the procedure applies only if rule holds and at least one
   * member matches; the matching members are reported.
   */
  memberRule: rule.optional(),
  /** Deadline in days after the reference date (異動日, date of death…). */
  deadlineDays: z.number().int().min(0).optional(),
  /** Deadlines that depend on the answers (厚生年金 10日, 国民年金 14日): the first match wins. */
  conditionalDeadlines: z.array(z.object({ days: z.number().int().min(0), when: rule })).optional(),
  itemsToBring: z.array(z.string()).default([]),
  /** Items to bring only when a household-level rule holds (負担区分等証明書 if from another prefecture). */
  conditionalItems: z.array(z.object({ item: z.string().min(1), when: rule })).optional(),
  forms: z.array(formRequirement).default([]),
  /** Why it applies, in Japanese, shown on the slip: household-level (「転入のため」). */
  reason: z.string().optional(),
  /** Per matching member, after the name: 「山田 花子さん: 65歳以上」. */
  memberReason: z.string().optional(),
});
export type Procedure = z.infer<typeof procedure>;

/** What a form field shows: an answer path or an expression, and a format. */
export const fieldFormat = z.enum([
  "text",
  "wareki", // 令和6年4月1日
  "wareki-era",
  "wareki-year",
  "month",
  "day",
  "kana", // to 全角カタカナ
  "fullwidth",
  "halfwidth",
  "postal", // 〒123-4567
  "phone",
  "digits", // one char per box
  "circle", // circle when value equals field.option
  "check", // mark when truthy / equals option
  "fixed", // field.text
]);
export type FieldFormat = z.infer<typeof fieldFormat>;

export const formField = z.object({
  name: z.string().min(1),
  type: z.enum(["text", "check", "circle", "digits", "qr"]).default("text"),
  pageIndex: z.number().int().min(0).default(0),
  xMm: z.number(),
  yMm: z.number(),
  widthMm: z.number().positive(),
  heightMm: z.number().positive(),
  fontSizePt: z.number().positive().optional(),
  /**
   * What the field prints, in words every flow understands (`person.name`, `claimant.name`,
   * `address`…; see FORM_SOURCES). Each flow's `print` says where its answers hold it, so one form
   * prints fully from every flow that prints it. Wins over path and expr.
   */
  source: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)*$/)
    .optional(),
  /** … or an answer path of this flow (members.$row.name for repeating rows) … */
  path: z.string().optional(),
  /** … or an expression (same rule language as the engine). */
  expr: rule.optional(),
  format: fieldFormat.default("text"),
  option: z.string().optional(),
  text: z.string().optional(),
  /** Repeating row: 0-based index into the matching members on this sheet. */
  row: z.number().int().min(0).optional(),
  digits: z.number().int().min(1).optional(),
});
export type FormField = z.infer<typeof formField>;

export const formDef = z.object({
  key: z.string().min(1), // F01
  title: z.string().min(1),
  departmentKey: z.string().min(1),
  /** sha256 (hex) of the uploaded base PDF stored in form_assets; absent → blank A4 page(s). */
  basePdfSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  pageCount: z.number().int().min(1).default(1),
  orientation: z.enum(["portrait", "landscape"]).default("portrait"),
  /** Person rows per sheet for "household" forms; more members continue on another copy. */
  rowsPerSheet: z.number().int().min(1).optional(),
  fields: z.array(formField).default([]),
});
export type FormDef = z.infer<typeof formDef>;

/** A flow test: with these answers, expect exactly these procedures and forms. */
export const flowTest = z.object({
  name: z.string().min(1),
  /** The department that recorded it (absent: the flow's owning department); see question. */
  departmentKey: z.string().min(1).optional(),
  answers: z.record(z.string(), z.json()),
  expectProcedures: z.array(z.string()),
  /** formKey → number of forms (sheets counted separately are not included here). */
  expectForms: z.record(z.string(), z.number().int().min(0)).optional(),
});
export type FlowTest = z.infer<typeof flowTest>;

/** One entry of a bundle's offline postal-code table: what the counter fills in after 〒. */
export const postalAddress = z.object({
  prefecture: z.string().min(1),
  city: z.string().min(1),
  /** 町域; empty when the code covers the whole city. */
  town: z.string().default(""),
});
export type PostalAddress = z.infer<typeof postalAddress>;

/** Where a form source's value comes from: an answer path (choice labels print as labels) or a rule. */
export const sourceDef = z.union([
  z.object({ path: z.string().min(1) }).strict(),
  z.object({ expr: rule }).strict(),
]);
export type SourceDef = z.infer<typeof sourceDef>;

/**
 * How this flow's answers supply what forms print (see form-sources.ts): the people forms print
 * rows for, and each source by name. Household sources see the answers, computed values, `filedOn`
 * and `departments`; person sources also see `member` (the person) and `memberIndex`.
 */
export const printModel = z.object({
  /**
   * The people of this flow (determination members index into them): a rule giving a list, or one
   * person object. Default: the items of the flow's first group question.
   */
  persons: rule.optional(),
  household: z.record(z.string(), sourceDef).default({}),
  person: z.record(z.string(), sourceDef).default({}),
});
export type PrintModel = z.infer<typeof printModel>;

export const flowKind = z.enum(["jumin-idou", "shussei", "okuyami", "shoumei"]);

export const bundle = z.object({
  schemaVersion: z.literal(1),
  flow: z.object({
    key: z.string().min(1),
    kind: flowKind,
    title: z.string().min(1),
    /** The reference date `on` for ages, grades and deadlines (異動日, birth date, date of death). */
    referenceDate: rule,
  }),
  departments: z.array(department),
  questions: z.array(question),
  /** Values the engine computes from answers, visible to rules as vars: { key, expr }. */
  computed: z.array(z.object({ key: z.string().min(1), expr: rule })).default([]),
  procedures: z.array(procedure),
  forms: z.array(formDef),
  tests: z.array(flowTest).default([]),
  /** How the answers of this flow fill forms: see printModel. */
  print: printModel.optional(),
  /**
   * Offline postal codes of the city and its neighbours, keyed by 7 digits without hyphen
   * ("1350061"), so the counter can fill in an address without calling out (see lookupPostalCode).
   */
  postalCodes: z.record(z.string().regex(/^\d{7}$/), postalAddress).optional(),
});
export type Bundle = z.infer<typeof bundle>;
export type BundleInput = z.input<typeof bundle>;

/** Answers as stored on a counter session: plain JSON keyed by question keys. */
export type Answers = Record<string, unknown>;
