import { arrayMove } from "@dnd-kit/sortable";
import type { DraftProcedure, FlowDraft } from "./flow-draft";

export type DraftFormRequirement = DraftProcedure["forms"][number];

/**
 * The next free key in the flow's numbering: P01…P17 → P18, O01… → O13. Keys are what flow tests
 * and the slip refer to, so a new procedure gets one that no other procedure of the flow uses.
 */
export function nextProcedureKey(procedures: Pick<DraftProcedure, "key">[]): string {
  const counts = new Map<string, number>();
  let max = 0;
  let prefix = "P";
  for (const { key } of procedures) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (!m?.[1] || !m[2]) continue;
    counts.set(m[1], (counts.get(m[1]) ?? 0) + 1);
    if ((counts.get(m[1]) ?? 0) > (counts.get(prefix) ?? 0)) prefix = m[1];
  }
  for (const { key } of procedures) {
    const m = /^([A-Z]+)(\d+)$/.exec(key);
    if (m?.[1] === prefix) max = Math.max(max, Number(m[2]));
  }
  const taken = new Set(procedures.map((p) => p.key));
  let n = max + 1;
  while (taken.has(`${prefix}${String(n).padStart(2, "0")}`)) n += 1;
  return `${prefix}${String(n).padStart(2, "0")}`;
}

/** Why a key cannot be used for a new procedure, in Japanese; null when it can. */
export function procedureKeyProblem(key: string, procedures: Pick<DraftProcedure, "key">[]): string | null {
  if (!key.trim()) return "キーを入力してください（例: P18）。";
  if (key !== key.trim() || /\s/.test(key)) return "キーに空白は使えません。";
  if (procedures.some((p) => p.key === key)) return `キー「${key}」は他の手続きで使われています。`;
  return null;
}

/** A procedure that applies always (rule `true`) with nothing to bring and no forms yet. */
export function newProcedure(key: string, title: string, departmentKey: string): DraftProcedure {
  return { key, title, departmentKey, rule: true, itemsToBring: [], forms: [] };
}

export function addProcedure(draft: FlowDraft, procedure: DraftProcedure): FlowDraft {
  return { ...draft, procedures: [...draft.procedures, procedure] };
}

export function removeProcedure(draft: FlowDraft, key: string): FlowDraft {
  return { ...draft, procedures: draft.procedures.filter((p) => p.key !== key) };
}

export function moveProcedure(draft: FlowDraft, fromKey: string, toKey: string): FlowDraft {
  const from = draft.procedures.findIndex((p) => p.key === fromKey);
  const to = draft.procedures.findIndex((p) => p.key === toKey);
  if (from < 0 || to < 0) return draft;
  return { ...draft, procedures: arrayMove(draft.procedures, from, to) };
}

export function updateProcedure(
  draft: FlowDraft,
  key: string,
  change: (p: DraftProcedure) => DraftProcedure,
): FlowDraft {
  return { ...draft, procedures: draft.procedures.map((p) => (p.key === key ? change(p) : p)) };
}

/**
 * Sets an optional field, or removes it when undefined, so a cleared 期限 or 条件 leaves no
 * `"deadlineDays": undefined` behind and the publish diff shows exactly what changed.
 */
export function setOptional<T extends object, K extends keyof T>(obj: T, key: K, value: T[K] | undefined): T {
  const next = { ...obj };
  if (value === undefined) delete next[key];
  else next[key] = value;
  return next;
}

/** Replaces entry `index` of a list (or removes it with null), keeping the others as they are. */
export function replaceAt<T>(list: T[], index: number, value: T | null): T[] {
  return value === null ? list.filter((_, i) => i !== index) : list.map((x, i) => (i === index ? value : x));
}

/** The member reason as the slip shows it: 「山田 花子さん: 65歳以上」. */
export function memberReasonPreview(memberName: string, memberReason: string): string {
  return `${memberName}さん: ${memberReason}`;
}

/**
 * rowsPerSheet of a form, as entered: a whole number ≥ 1, or undefined when the field is blank
 * (the form then prints every member on one sheet). Returns null for anything else.
 */
export function parseRowsPerSheet(text: string): number | undefined | null {
  if (text.trim() === "") return undefined;
  const n = Number(text);
  return Number.isInteger(n) && n >= 1 ? n : null;
}

/** Sheets a household form needs for `members` matching members. */
export function sheetsFor(members: number, rowsPerSheet: number | undefined): number {
  if (!rowsPerSheet || members <= rowsPerSheet) return 1;
  return Math.ceil(members / rowsPerSheet);
}
