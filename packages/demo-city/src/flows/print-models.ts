import type { BundleInput, Rule } from "@kakanai/engine";

/**
 * How each demo flow's answers supply what the forms print (the sources of form-sources.ts). The
 * forms name sources only, so the 児童手当 or 国保 form prints the same from 住民異動 and 出生.
 */
type PrintModel = NonNullable<BundleInput["print"]>;

const v = (path: string): Rule => ({ var: path });
const path = (p: string) => ({ path: p });
const expr = (e: Rule) => ({ expr: e });

const grade: Rule = { schoolGrade: [v("member.birthDate"), v("on")] };

/** 小学3年 / 中学1年 / 高校2年 / 未就学 from the school grade on the reference date. */
const schoolGradeLabel: Rule = {
  if: [
    { "===": [grade, null] },
    "",
    { "<=": [grade, 0] },
    "未就学",
    { "<=": [grade, 6] },
    { cat: ["小学", grade, "年"] },
    { "<=": [grade, 9] },
    { cat: ["中学", { "-": [grade, 6] }, "年"] },
    { "<=": [grade, 12] },
    { cat: ["高校", { "-": [grade, 9] }, "年"] },
    "",
  ],
};

const claimantOf = (key: string): Rule => ({
  var: { cat: ["members.", v("childAllowanceClaimant"), `.${key}`] },
});
const claimantRelationship = claimantOf("relationship");
const namesWhere = (relationships: string[]): Rule => ({
  map: [{ filter: [{ "??": [v("members"), []] }, { in: [v("relationship"), relationships] }] }, v("name")],
});
/** Movers marked 世帯主 (their names, joined by the printer). */
const moverHead = namesWhere(["世帯主"]);

/** The person at the counter, asked the same way in 住民異動 and 出生. */
const applicantAnswers = {
  "applicant.name": path("applicant.name"),
  "applicant.kana": path("applicant.kana"),
  "applicant.phone": path("applicant.phone"),
  "applicant.role": path("applicant.role"),
  "claimant.phone": path("applicant.phone"),
};

/** Every flow's people carry these answers under the same keys. */
const personAnswers = {
  name: path("member.name"),
  kana: path("member.kana"),
  birthDate: path("member.birthDate"),
};

/** The 住民異動 flow: the movers are the people; the address in the city depends on the direction. */
export const juminIdouPrint: PrintModel = {
  household: {
    ...applicantAnswers,
    address: expr({ if: [{ "===": [v("moveType"), "tenshutsu"] }, v("oldAddress"), v("newAddress")] }),
    newAddress: path("newAddress"),
    oldAddress: path("oldAddress"),
    moveDate: path("moveDate"),
    eventDate: path("moveDate"),
    event: expr({
      if: [
        { "===": [v("moveType"), "tennyu"] },
        "転入",
        { "===": [v("moveType"), "tenkyo"] },
        "転居",
        { "===": [v("moveType"), "tenshutsu"] },
        "転出",
        "",
      ],
    }),
    headOfHousehold: expr({
      if: [{ "===": [v("householdStatus"), "join"] }, v("headOfHousehold.name"), moverHead],
    }),
    // Moving as a whole household or into another one, the mover marked 世帯主 headed the old
    // household; a new household split off from another one names no head here (written by hand).
    previousHeadOfHousehold: expr({ if: [{ "===": [v("householdStatus"), "new"] }, "", moverHead] }),
    applicantIsHousehold: expr({ in: [v("applicant.role"), ["self", "household"]] }),
    applicantIsAgent: expr({ "===": [v("applicant.role"), "agent"] }),
    "applicant.address": expr({
      if: [
        { "===": [v("applicant.role"), "agent"] },
        "",
        { "===": [v("moveType"), "tenshutsu"] },
        v("oldAddress"),
        v("newAddress"),
      ],
    }),
    "claimant.name": expr(claimantOf("name")),
    "claimant.kana": expr(claimantOf("kana")),
    "claimant.birthDate": expr(claimantOf("birthDate")),
    // The claimant's spouse among the movers: the 世帯主's wife or husband, or the 世帯主 when the
    // claimant is the 世帯主's spouse.
    "spouse.name": expr({
      if: [
        { "===": [claimantRelationship, "世帯主"] },
        namesWhere(["妻", "夫"]),
        { in: [claimantRelationship, ["妻", "夫"]] },
        moverHead,
        "",
      ],
    }),
    subjectNames: expr({
      map: [
        {
          filter: [{ "??": [v("members"), []] }, { ">": [{ "??": [v("wantsResidenceCertificate"), 0] }, 0] }],
        },
        { cat: [v("name"), "（", v("wantsResidenceCertificate"), "通）"] },
      ],
    }),
    totalCopies: expr({ cat: [{ "??": [v("residenceCertificateCopies"), 0] }, " 通"] }),
  },
  person: {
    ...personAnswers,
    sex: path("member.sex"),
    relationship: path("member.relationship"),
    relationToApplicant: expr({
      if: [
        { "===": [v("applicant.role"), "agent"] },
        "代理人",
        { "??": [{ relationToApplicant: [v("members"), v("applicant.name"), v("member")] }, "同一世帯員"] },
      ],
    }),
    insurance: path("member.insurance"),
    handbooks: path("member.handbooks"),
    schoolGrade: expr(schoolGradeLabel),
    copies: path("member.wantsResidenceCertificate"),
  },
};

/** Who claims 児童手当 for the baby: the parent chosen, the mother when no father was entered. */
const birthClaimant = (key: string): Rule => ({
  if: [{ "===": [v("childAllowanceClaimant"), "father"] }, v(`father.${key}`), v(`mother.${key}`)],
});

/** The 出生 flow: the baby is the person every form is about; the family lives at `address`. */
export const shusseiPrint: PrintModel = {
  persons: [v("baby")],
  household: {
    ...applicantAnswers,
    address: path("address"),
    event: expr("出生"),
    eventDate: path("baby.birthDate"),
    headOfHousehold: path("headOfHousehold.name"),
    applicantIsHousehold: expr({ in: [v("applicant.role"), ["mother", "father"]] }),
    applicantIsAgent: expr(false),
    "applicant.address": path("address"),
    "claimant.name": expr(birthClaimant("name")),
    "claimant.kana": expr(birthClaimant("kana")),
    "claimant.birthDate": expr(birthClaimant("birthDate")),
    "spouse.name": expr({
      if: [{ "===": [v("childAllowanceClaimant"), "father"] }, v("mother.name"), v("father.name")],
    }),
  },
  person: {
    ...personAnswers,
    sex: path("baby.sex"),
    relationship: path("headOfHousehold.relationshipOfBaby"),
    relationToApplicant: expr({
      if: [
        { "===": [v("applicant.role"), "mother"] },
        "母",
        { "===": [v("applicant.role"), "father"] },
        "父",
        "同居者など",
      ],
    }),
    insurance: expr({
      if: [
        { in: ["kokuho", [v("mother.insurance"), v("father.insurance")]] },
        "国民健康保険",
        { in: ["employer", [v("mother.insurance"), v("father.insurance")]] },
        "社会保険（親の勤務先の保険）",
        { in: ["welfare", [v("mother.insurance"), v("father.insurance")]] },
        "生活保護",
        "",
      ],
    }),
    schoolGrade: expr(schoolGradeLabel),
  },
};

/** The 証明書 flow: the person whose record is asked for; copies and items as requested. */
export const shoumeiPrint: PrintModel = {
  persons: [v("subject")],
  household: {
    address: path("subject.address"),
    "applicant.name": path("requesterName"),
    "applicant.role": path("requester"),
    subjectNames: expr({
      if: [
        { "===": [v("certificateType"), "partial"] },
        { cat: [v("partialNames"), "（", v("copies"), "通）"] },
        { cat: [v("subject.name"), " の世帯全員（", v("copies"), "通）"] },
      ],
    }),
    totalCopies: expr({ cat: [{ "??": [v("copies"), 0] }, " 通"] }),
  },
  person: {
    ...personAnswers,
    copies: path("copies"),
  },
};
