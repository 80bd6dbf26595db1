import type { Answers, Bundle, ItemQuestion, Question } from "./bundle";
import { setAnswer } from "./set-answer";
import { validateAnswer } from "./validate-answer";

/**
 * What a counter session may store: only answers the flow asks for, each of its question's type, within
 * these bounds. The server checks every answer with validateAnswerInput (or applyAnswer) before
 * anything is allocated or stored; validateStoredAnswers checks a whole stored session the same way.
 */
export const answerLimits = Object.freeze({
  /** Characters of an answer path ("members.2.birthDate"). */
  pathLength: 200,
  /** Characters of one text answer (氏名, 電話番号, 口座…). */
  textLength: 1_000,
  /** Characters of one part of an address (都道府県, 番地…). */
  addressPartLength: 200,
  /** Items of a repeating group whose flow sets no maxItems. */
  defaultMaxItems: 100,
  /** Items of any repeating group, whatever its flow says. */
  itemsCap: 1_000,
  /** Characters of a whole session's answers as JSON. */
  sessionChars: 256 * 1024,
});

export interface AnswerIssue {
  /** The answer path (question keys and item indices only, never an answer's value). */
  path: string;
  /** What is wrong, in Japanese. */
  message: string;
}

export type ApplyAnswerResult = { ok: true; answers: Answers } | { ok: false; issue: AnswerIssue };

/**
 * setAnswer, after checking that `value` may be stored at `path` of a session on `bundle`, and that the
 * session stays within answerLimits.sessionChars. Nothing is built for a refused answer: a group's count
 * is checked against its maximum before setAnswer sizes the list. With `today` (YYYY-MM-DD in Japan),
 * a date on the side of it its question's dateBound forbids is refused, as the counter's screen refuses it.
 */
export function applyAnswer(
  bundle: Bundle,
  answers: Answers,
  path: string,
  value: unknown,
  options: { today?: string } = {},
): ApplyAnswerResult {
  const issue = validateAnswerInput(bundle, path, value, options);
  if (issue) return { ok: false, issue };
  const next = setAnswer(answers, path, value, bundle);
  const sizeIssue = sessionSizeIssue(next);
  return sizeIssue ? { ok: false, issue: sizeIssue } : { ok: true, answers: next };
}

/**
 * Null when `value` (null clears) may be stored at `path`, else the first problem. The path must name
 * a question of the flow (a top-level key, a group's count, or a group item's question with an index
 * below the group's maximum) or an object of them ("applicant", "members.0"); the value must be of the
 * question's type: a choice among its options, a real date, a finite number within its bounds, text
 * within answerLimits without NUL or unpaired surrogates; with `today`, a date within its dateBound.
 */
export function validateAnswerInput(
  bundle: Bundle,
  path: string,
  value: unknown,
  options: { today?: string } = {},
): AnswerIssue | null {
  if (typeof path !== "string" || path.length > answerLimits.pathLength || !PATH.test(path)) {
    return { path: "", message: "回答の項目の指定が正しくありません。" };
  }
  let node = shapeOf(bundle);
  let atItem = false;
  const segments = path.split(".");
  for (const [i, segment] of segments.entries()) {
    const here = segments.slice(0, i + 1).join(".");
    if (/^\d+$/.test(segment)) {
      const group = node.group;
      if (!group || !node.item) return unknownPath(here);
      const index = Number(segment);
      const max = maxItemsOf(group);
      if (index >= max) return { path: here, message: `「${group.label}」: ${max}件までです。` };
      node = node.item;
      atItem = true;
      continue;
    }
    const child = node.children?.get(segment);
    if (!child) return unknownPath(here);
    node = child;
    atItem = false;
  }
  const sink: AnswerIssue[] = [];
  const walk: Walk = { sink, max: 1, today: options.today };
  if (atItem) {
    // "members.2" with an object: one whole item. Clearing it would leave a hole in the list.
    if (!isPlainObject(value))
      return { path, message: "世帯員などの項目は、質問ごとの回答の組で指定してください。" };
    checkSpace(node, value, path, walk);
  } else if (value !== null && value !== undefined) {
    checkNode(node, value, path, walk);
  }
  return sink[0] ?? null;
}

/**
 * Every stored answer outside the flow's shape (unknown keys, wrong types, lists past their maximum,
 * a session past answerLimits.sessionChars), at most `max` of them. Empty for a well-formed session.
 * With `today`, also every date outside its question's dateBound (a resident's pre-application as sent).
 */
export function validateStoredAnswers(
  bundle: Bundle,
  answers: unknown,
  options: { max?: number; today?: string } = {},
): AnswerIssue[] {
  if (!isPlainObject(answers)) return [{ path: "", message: "回答の形式が正しくありません。" }];
  const sink: AnswerIssue[] = [];
  const max = options.max ?? 20;
  checkSpace(shapeOf(bundle), answers, "", { sink, max, today: options.today });
  const sizeIssue = sink.length < max ? sessionSizeIssue(answers as Answers) : null;
  if (sizeIssue) sink.push(sizeIssue);
  return sink;
}

/** A NUL character or a UTF-16 surrogate without its pair: PostgreSQL cannot store either in text. */
export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN_CHARACTERS.test(text);
}

const PATH = /^[A-Za-z][A-Za-z0-9_]*(\.([A-Za-z][A-Za-z0-9_]*|\d{1,4}))*$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: NUL is exactly what this refuses.
const FORBIDDEN_CHARACTERS = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ADDRESS_KEYS = new Set(["postalCode", "prefecture", "city", "town", "banchi", "building"]);

/**
 * The answers a flow can hold, as a tree of question-key segments: "applicant.name" is the child
 * "name" of the child "applicant". Maps, not objects, so `constructor` or `__proto__` never match.
 */
interface ShapeNode {
  /** The questions answered here (more than one when two branches ask under the same key). */
  leaves?: (Question | ItemQuestion)[];
  /** A repeating group answered here: a count, or the list of its items. */
  group?: Question;
  /** The shape of one item of `group`. */
  item?: ShapeNode;
  children?: Map<string, ShapeNode>;
}

/** Where a check collects its issues, how many it stops at, and the day in Japan dates are bounded by. */
interface Walk {
  sink: AnswerIssue[];
  max: number;
  today: string | undefined;
}

const shapes = new WeakMap<Bundle, ShapeNode>();

function shapeOf(bundle: Bundle): ShapeNode {
  let shape = shapes.get(bundle);
  if (!shape) {
    shape = spaceOf(bundle.questions);
    shapes.set(bundle, shape);
  }
  return shape;
}

function spaceOf(questions: readonly (Question | ItemQuestion)[]): ShapeNode {
  const root: ShapeNode = { children: new Map() };
  for (const q of questions) {
    let node = root;
    for (const segment of q.key.split(".")) {
      node.children ??= new Map();
      let child = node.children.get(segment);
      if (!child) {
        child = {};
        node.children.set(segment, child);
      }
      node = child;
    }
    if (q.kind === "group") {
      node.group ??= q as Question;
      node.item ??= spaceOf((q as Question).questions ?? []);
    } else {
      node.leaves ??= [];
      node.leaves.push(q);
    }
  }
  return root;
}

function maxItemsOf(group: Question): number {
  return Math.min(group.maxItems ?? answerLimits.defaultMaxItems, answerLimits.itemsCap);
}

function unknownPath(path: string): AnswerIssue {
  return { path, message: `「${path}」はこのフローの質問にない回答の項目です。` };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Checks an object of answers against the questions under `node`, adding at most `walk.max` issues. */
function checkSpace(node: ShapeNode, value: Record<string, unknown>, path: string, walk: Walk): void {
  const { sink, max } = walk;
  for (const key of Object.keys(value)) {
    if (sink.length >= max) return;
    const here = path ? `${path}.${key}` : key;
    const child = node.children?.get(key);
    if (!child) {
      // The key came from the request: name it only when it could be a question key.
      sink.push(unknownPath(/^[A-Za-z0-9_]{1,100}$/.test(key) ? here : path || "(回答)"));
      continue;
    }
    const v = value[key];
    // Inside an object, null is no answer (as at the counter); a top-level null clears.
    if (v !== null) checkNode(child, v, here, walk);
  }
}

function checkNode(node: ShapeNode, value: unknown, path: string, walk: Walk): void {
  const { sink } = walk;
  let first: AnswerIssue | null = null;
  if (node.group) {
    const items: AnswerIssue[] = [];
    const issue = checkGroup(node, value, path, { ...walk, sink: items, max: walk.max - sink.length });
    if (!issue && items.length === 0) return;
    if (!node.leaves && !node.children) {
      sink.push(...(issue ? [issue] : items));
      return;
    }
    first = issue ?? items[0] ?? null;
  }
  for (const q of node.leaves ?? []) {
    const issue = checkLeaf(q, value, path, walk.today);
    if (!issue) return;
    first ??= issue;
  }
  if (node.children && isPlainObject(value)) {
    checkSpace(node, value, path, walk);
    return;
  }
  sink.push(first ?? { path, message: `「${path}」の回答の形式が正しくありません。` });
}

/** A group's count (resizes the list) or its list of items; null when fine, items' issues go to walk.sink. */
function checkGroup(node: ShapeNode, value: unknown, path: string, walk: Walk): AnswerIssue | null {
  const { sink, max } = walk;
  const group = node.group as Question;
  const most = maxItemsOf(group);
  const least = group.minItems ?? 0;
  const range = { path, message: `「${group.label}」: ${least}〜${most}の整数で入力してください。` };
  if (typeof value === "number") {
    return Number.isInteger(value) && value >= least && value <= most ? null : range;
  }
  if (!Array.isArray(value)) return range;
  // Length first: nothing of a list past the maximum is looked at.
  if (value.length > most || value.length < least) return range;
  for (const [i, item] of value.entries()) {
    if (sink.length >= max) break;
    if (!isPlainObject(item)) {
      sink.push({
        path: `${path}.${i}`,
        message: `「${group.label}」: ${i + 1}件目の形式が正しくありません。`,
      });
      continue;
    }
    checkSpace(node.item as ShapeNode, item, `${path}.${i}`, walk);
  }
  return null;
}

function checkLeaf(
  q: Question | ItemQuestion,
  value: unknown,
  path: string,
  today: string | undefined,
): AnswerIssue | null {
  const issue = (message: string) => ({ path, message: `「${q.label}」: ${message}` });
  if (typeof value === "string") {
    if (value.length > answerLimits.textLength) {
      return issue(`${answerLimits.textLength}文字以内で入力してください。`);
    }
    if (hasForbiddenCharacters(value)) return issue("使用できない文字が含まれています。");
  }
  switch (q.kind) {
    case "multi":
      // Checked before validateAnswer walks it: never longer than its options.
      if (!Array.isArray(value) || value.length > (q.options?.length ?? 0)) {
        return issue("選択肢から選んでください");
      }
      break;
    case "address": {
      const problem = addressProblem(value);
      if (problem) return issue(problem);
      break;
    }
    case "number":
      if (
        typeof value === "number" &&
        q.min === undefined &&
        q.max === undefined &&
        Math.abs(value) > Number.MAX_SAFE_INTEGER
      ) {
        return issue("数が大きすぎます。");
      }
      break;
    default:
      break;
  }
  const message = validateAnswer({ path, question: q, required: false }, value, { today });
  return message ? issue(message) : null;
}

function addressProblem(value: unknown): string | null {
  if (!isPlainObject(value)) return "住所を入力してください";
  for (const [key, part] of Object.entries(value)) {
    if (!ADDRESS_KEYS.has(key)) return "住所の項目が正しくありません。";
    if (typeof part !== "string") return "住所を文字で入力してください。";
    if (part.length > answerLimits.addressPartLength) {
      return `住所の各項目は${answerLimits.addressPartLength}文字以内で入力してください。`;
    }
    if (hasForbiddenCharacters(part)) return "使用できない文字が含まれています。";
  }
  return null;
}

function sessionSizeIssue(answers: Answers): AnswerIssue | null {
  const size = JSON.stringify(answers).length;
  if (size <= answerLimits.sessionChars) return null;
  return {
    path: "",
    message: `この受付の回答が大きすぎるため保存できません（上限 ${answerLimits.sessionChars.toLocaleString("ja-JP")} 文字）。`,
  };
}
