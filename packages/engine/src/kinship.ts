/**
 * 続柄 between two people of one household, from what the 住民異動 answers hold: each person's 続柄
 * to the 世帯主, sex and birth date. `kinship(a, b)` is what `a` is to `b` (a = 届出人, b = the person
 * a form is about: 「妻」 when the 届出人 is that person's wife), or null when the answers cannot tell.
 */
export interface Kin {
  name?: unknown;
  relationship?: unknown;
  sex?: unknown;
  birthDate?: unknown;
}

const SPOUSES = new Set(["妻", "夫"]);
const PARENTS = new Set(["父", "母"]);
const SIBLINGS = new Set(["兄", "姉", "弟", "妹"]);

export function kinship(a: Kin, b: Kin): string | null {
  const ra = typeof a.relationship === "string" ? a.relationship : "";
  const rb = typeof b.relationship === "string" ? b.relationship : "";
  const male = a.sex === "M";
  const female = a.sex === "F";
  const bySex = (m: string, f: string) => (male ? m : female ? f : null);
  if (rb === "世帯主") return ra && ra !== "世帯主" && ra !== "その他" ? ra : null;
  if (ra === "世帯主") {
    if (SPOUSES.has(rb)) return bySex("夫", "妻");
    if (rb === "子") return bySex("父", "母");
    if (PARENTS.has(rb)) return "子";
    if (rb === "孫") return bySex("祖父", "祖母");
    if (rb === "祖父" || rb === "祖母") return "孫";
    if (SIBLINGS.has(rb)) return sibling(a, b, bySex);
    return null;
  }
  if (SPOUSES.has(ra) && rb === "子") return bySex("父", "母");
  if (ra === "子" && SPOUSES.has(rb)) return "子";
  if (ra === "子" && rb === "子") return sibling(a, b, bySex);
  if (PARENTS.has(ra) && rb === "子") return bySex("祖父", "祖母");
  if (ra === "子" && rb === "孫") return bySex("父", "母");
  return null;
}

/** 兄・姉 when a was born before b, 弟・妹 after; null when a date is missing or both are the same day. */
function sibling(a: Kin, b: Kin, bySex: (m: string, f: string) => string | null): string | null {
  if (typeof a.birthDate !== "string" || typeof b.birthDate !== "string") return null;
  if (a.birthDate === b.birthDate) return null;
  return a.birthDate < b.birthDate ? bySex("兄", "姉") : bySex("弟", "妹");
}

const plainName = (v: unknown) => (typeof v === "string" ? v.replace(/[\s\u3000]/g, "") : "");

/**
 * What the 届出人 (named `applicantName`) is to `person`: 「本人」 when the names match, else the
 * 続柄 between them when the 届出人 is one of `people`; null when it cannot be told.
 */
export function relationToApplicant(people: unknown, applicantName: unknown, person: unknown): string | null {
  const name = plainName(applicantName);
  if (!name || typeof person !== "object" || person === null) return null;
  const p = person as Kin;
  if (plainName(p.name) === name) return "本人";
  const list = Array.isArray(people) ? people : [];
  const applicant = list.find(
    (m) => typeof m === "object" && m !== null && plainName((m as Kin).name) === name,
  );
  return applicant ? kinship(applicant as Kin, p) : null;
}
