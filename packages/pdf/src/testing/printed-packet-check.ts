import { readFileSync } from "node:fs";
import { demoFormAssets } from "@kakanai/demo-city";
import {
  type Answers,
  type Bundle,
  determine,
  type FormDef,
  type FormField,
  formatWareki,
  warekiParts,
} from "@kakanai/engine";
import { formSheets } from "../form-sheets";
import { renderForms } from "../render-forms";
import { poppler } from "./poppler";

/** A person as the household generator made them: what a clerk expects to read on paper. */
export interface TruthPerson {
  name: string;
  kana?: string;
  birthDate?: string;
}

export interface Truth {
  /** The flow's people, in the order determination members index into. */
  persons: TruthPerson[];
  /** The address in the city as the resident gave it. */
  address?: Record<string, string>;
  /** Text every printed page of this flow must hold (the deceased's name at the おくやみ desk). */
  everyPage?: string[];
}

const basePdfs = Object.fromEntries(demoFormAssets.map((a) => [a.sha256, readFileSync(a.path)]));
const flat = (s: string) => s.replace(/[\s\u3000]/g, "");
const toKatakana = (s: string) =>
  s.normalize("NFKC").replace(/[\u3041-\u3096]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0x60));
/** Latin words that only a raw key or a JavaScript value would put on a Japanese form. */
const RAW = /undefined|null|NaN|\[object|\btrue\b|\bfalse\b|[A-Za-z]{2,}/;

/**
 * Prints every form the determination gives for these answers, reads the PDF back with pdftotext
 * and returns what a department clerk would find wrong: a person's name, カナ, 和暦 birth date or the
 * address missing where the form has a line for it, a raw key or a JavaScript value anywhere, or a
 * page count other than the determination's sheets. Empty when the packet is right.
 */
export async function checkPrintedPacket(bundle: Bundle, answers: Answers, truth: Truth): Promise<string[]> {
  const forms = determine(bundle, answers).procedures.flatMap((p) => p.forms);
  if (forms.length === 0) return [];
  const pdf = await renderForms({ bundle, answers, forms, basePdfs, filedOn: "2025-04-03" });
  const pages = poppler.text(pdf, { raw: true }).split("\f");
  const problems: string[] = [];
  const expected = forms.reduce((n, f) => n + f.sheets * (defOf(bundle, f.formKey)?.pageCount ?? 1), 0);
  const printed = pages.filter((p) => p.trim() !== "").length;
  if (printed !== expected) problems.push(`ページ数 ${printed}（判定では ${expected}）`);
  let page = 0;
  for (const form of forms) {
    const def = defOf(bundle, form.formKey);
    if (!def) continue;
    for (const sheet of formSheets(def, form)) {
      const text = pages.slice(page, page + def.pageCount).join("\n");
      page += def.pageCount;
      const where = `${def.key}（${sheet.index + 1}/${sheet.count}枚目）`;
      // 「No.」 is pre-printed on the city's own forms (the person rows' number).
      const raw = RAW.exec(text.replace(/\bNo\./g, ""));
      if (raw) problems.push(`${where}: 「${raw[0]}」が印刷されています`);
      const rows = def.fields.some((f) => f.row !== undefined);
      const subjects = rows || form.mode === "each" ? sheet.rowMembers : form.members;
      for (const i of subjects) {
        const person = truth.persons[i];
        if (person) problems.push(...checkPerson(def, flat(text), person, where));
      }
      for (const must of truth.everyPage ?? [])
        if (!flat(text).includes(flat(must))) problems.push(`${where}: 「${must}」がありません`);
      if (truth.address && uses(def, ["address", "newAddress"]))
        problems.push(...checkAddress(def, flat(text), truth.address, where));
    }
  }
  return problems;
}

function defOf(bundle: Bundle, key: string): FormDef | undefined {
  return bundle.forms.find((f) => f.key === key);
}

function uses(def: FormDef, sources: string[], format?: (f: FormField) => boolean): boolean {
  return def.fields.some(
    (f) => f.source !== undefined && sources.includes(f.source) && (!format || format(f)),
  );
}

function checkPerson(def: FormDef, text: string, person: TruthPerson, where: string): string[] {
  const out: string[] = [];
  if (!text.includes(flat(person.name))) out.push(`${where}: ${person.name} の氏名がありません`);
  if (person.kana && uses(def, ["person.kana"]) && !text.includes(flat(toKatakana(person.kana))))
    out.push(`${where}: ${person.name} のフリガナ ${person.kana} がありません`);
  if (person.birthDate && uses(def, ["person.birthDate"])) {
    const whole = uses(def, ["person.birthDate"], (f) => f.format === "wareki");
    const p = warekiParts(person.birthDate);
    // Forms with pre-printed 年 月 日 slots print the year, month and day numbers in a row.
    const want = whole ? formatWareki(person.birthDate) : `${p.yearLabel}${p.month}${p.day}`;
    if (!text.includes(flat(want))) out.push(`${where}: ${person.name} の生年月日 ${want} がありません`);
  }
  return out;
}

function checkAddress(def: FormDef, text: string, a: Record<string, string>, where: string): string[] {
  const street = def.fields.some(
    (f) => (f.source === "address" || f.source === "newAddress") && f.option === "street",
  );
  const want = street
    ? `${a.town ?? ""}${a.banchi ?? ""}`
    : `${a.prefecture ?? ""}${a.city ?? ""}${a.town ?? ""}${a.banchi ?? ""}`;
  return text.includes(flat(want)) ? [] : [`${where}: 住所 ${want} がありません`];
}
