import type { Answers, Bundle } from "./bundle";
import { printData, sourceValue } from "./print-data";

/** The version of the hand-off record (docs/handoff.md, docs/handoff/v1.schema.json). */
export const HANDOFF_RECORD_VERSION = "1";

export interface HandoffResident {
  /** Index into the reception's persons (the same index procedures and forms use). */
  index: number;
  name: string | null;
  kana: string | null;
  /** ISO date (YYYY-MM-DD). */
  birthDate: string | null;
  sex: string | null;
  relationship: string | null;
}

export interface HandoffProcedure {
  key: string;
  title: string;
  departmentKey: string;
  departmentName: string;
  /** ISO date or null. */
  deadline: string | null;
  residents: number[];
  forms: { key: string; title: string; sheets: number }[];
}

export interface HandoffRecord {
  recordVersion: typeof HANDOFF_RECORD_VERSION;
  receptionId: string;
  receptionNumber: string;
  /** YYYY-MM-DD (Japan). */
  receptionDate: string;
  /** ISO timestamp. */
  completedAt: string;
  flow: { key: string; kind: string; title: string; version: number };
  /** What happened, in the flow's own words (転入, 出生, 死亡…) and its date. */
  event: { type: string | null; date: string | null; moveDate: string | null };
  addresses: { address: unknown; newAddress: unknown; oldAddress: unknown };
  headOfHousehold: string | null;
  applicant: { name: string | null; kana: string | null; phone: string | null; role: string | null };
  residents: HandoffResident[];
  procedures: HandoffProcedure[];
}

export interface HandoffMeta {
  receptionId: string;
  receptionNumber: string;
  receptionDate: string;
  completedAt: Date;
  bundleSeq: number;
}

const text = (v: unknown): string | null =>
  v === undefined || v === null || v === "" ? null : Array.isArray(v) ? v.join("、") : String(v);
const present = (v: unknown): unknown => (v === undefined || v === "" ? null : v);

/**
 * One completed reception as the 基幹系 receives it: built from the flow's print model (the same
 * words every form uses: person.name, newAddress, applicant.name…), so every flow a city builds
 * hands off the same shape. Choices come as their Japanese labels; what a flow does not supply is
 * null.
 */
export function handoffRecord(bundle: Bundle, answers: Answers, meta: HandoffMeta): HandoffRecord {
  const pd = printData(bundle, answers, { filedOn: meta.receptionDate });
  const source = (name: string, member?: number) => sourceValue(pd, name, member);
  const departments = new Map(bundle.departments.map((d) => [d.key, d.name]));
  return {
    recordVersion: HANDOFF_RECORD_VERSION,
    receptionId: meta.receptionId,
    receptionNumber: meta.receptionNumber,
    receptionDate: meta.receptionDate,
    completedAt: meta.completedAt.toISOString(),
    flow: { key: bundle.flow.key, kind: bundle.flow.kind, title: bundle.flow.title, version: meta.bundleSeq },
    event: {
      type: text(source("event")),
      date: text(source("eventDate")),
      moveDate: text(source("moveDate")),
    },
    addresses: {
      address: present(source("address")) ?? null,
      newAddress: present(source("newAddress")) ?? null,
      oldAddress: present(source("oldAddress")) ?? null,
    },
    headOfHousehold: text(source("headOfHousehold")),
    applicant: {
      name: text(source("applicant.name")),
      kana: text(source("applicant.kana")),
      phone: text(source("applicant.phone")),
      role: text(source("applicant.role")),
    },
    residents: pd.persons.items.map((_person, index) => ({
      index,
      name: text(source("person.name", index)),
      kana: text(source("person.kana", index)),
      birthDate: text(source("person.birthDate", index)),
      sex: text(source("person.sex", index)),
      relationship: text(source("person.relationship", index)),
    })),
    procedures: pd.determination.procedures.map((p) => ({
      key: p.key,
      title: p.title,
      departmentKey: p.departmentKey,
      departmentName: departments.get(p.departmentKey) ?? p.departmentKey,
      deadline: p.deadline,
      residents: p.members,
      forms: p.forms.map((f) => ({ key: f.formKey, title: f.title, sheets: f.sheets })),
    })),
  };
}

const csvColumns = [
  "受付ID",
  "受付番号",
  "受付日",
  "完了日時",
  "フロー",
  "版",
  "事由",
  "事由の日",
  "異動日",
  "住所",
  "異動後の住所",
  "異動前の住所",
  "世帯主",
  "届出人",
  "番号",
  "氏名",
  "フリガナ",
  "生年月日",
  "性別",
  "続柄",
  "手続き",
] as const;

function addressText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  const a = value as Record<string, unknown>;
  const postal = a.postalCode ? `〒${a.postalCode} ` : "";
  const parts = ["prefecture", "city", "town", "banchi", "building"]
    .map((k) => a[k])
    .filter((v) => typeof v === "string" && v !== "");
  return parts.length > 0 ? `${postal}${parts.join("")}` : JSON.stringify(value);
}

const cell = (v: unknown) => {
  const s = v === null || v === undefined ? "" : String(v);
  return `"${(/^[=+\-@\t\r]/.test(s) ? `'${s}` : s).replaceAll('"', '""')}"`;
};

/**
 * The records as CSV (UTF-8 with BOM, CRLF): one row per resident, the reception's columns repeated,
 * and the procedures that name the resident joined with 「、」. A reception with no resident is one
 * row with the resident columns empty.
 */
export function handoffCsv(records: HandoffRecord[]): string {
  const rows: unknown[][] = [[...csvColumns]];
  for (const r of records) {
    const head = [
      r.receptionId,
      r.receptionNumber,
      r.receptionDate,
      r.completedAt,
      r.flow.title,
      r.flow.version,
      r.event.type,
      r.event.date,
      r.event.moveDate,
      addressText(r.addresses.address),
      addressText(r.addresses.newAddress),
      addressText(r.addresses.oldAddress),
      r.headOfHousehold,
      r.applicant.name,
    ];
    const residents = r.residents.length > 0 ? r.residents : [null];
    for (const p of residents) {
      const procedures = r.procedures
        .filter((x) => (p ? x.residents.includes(p.index) || x.residents.length === 0 : true))
        .map((x) => x.title)
        .join("、");
      rows.push([
        ...head,
        p ? p.index + 1 : "",
        p?.name,
        p?.kana,
        p?.birthDate,
        p?.sex,
        p?.relationship,
        procedures,
      ]);
    }
  }
  return `\uFEFF${rows.map((r) => r.map(cell).join(",")).join("\r\n")}\r\n`;
}
