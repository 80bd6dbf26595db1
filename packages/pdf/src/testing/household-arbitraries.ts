import type { Answers } from "@kakanai/engine";
import fc from "fast-check";
import type { DemoFlowKey } from "./demo-bundles";
import type { Truth, TruthPerson } from "./printed-packet-check";

/**
 * Households of the demo city's four flows, in each flow's answer model (demo-city.md): names and
 * カナ from small pools, birth dates across five eras' worth of years (元年 days included), every
 * choice the questions offer. What the property test prints and reads back.
 */
const FAMILY = [
  ["東雲", "シノノメ"],
  ["佐藤", "サトウ"],
  ["髙橋", "タカハシ"],
  ["渡邊", "ワタナベ"],
  ["伊藤", "イトウ"],
] as const;
const GIVEN = [
  ["太郎", "タロウ"],
  ["花子", "ハナコ"],
  ["陽菜", "ヒナ"],
  ["蓮", "レン"],
  ["美咲", "ミサキ"],
  ["健一", "ケンイチ"],
  ["さくら", "サクラ"],
  ["翔太", "ショウタ"],
] as const;
const RELATIONSHIPS = ["妻", "夫", "子", "父", "母", "祖父", "祖母", "孫", "兄", "姉", "弟", "妹", "その他"];

/** ISO dates between two years, with the first days of 平成 and 令和 (元年) often. */
const isoDate = (fromYear: number, toYear: number) =>
  fc.oneof(
    fc
      .date({
        min: new Date(Date.UTC(fromYear, 0, 1)),
        max: new Date(Date.UTC(toYear, 11, 31)),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10)),
    fc.constantFrom("2019-05-01", "2019-12-31", "1989-01-08", "1989-12-31"),
  );

const address = (city: string) =>
  fc.record({
    postalCode: fc.constantFrom("135-0061", "1350063", "190-0012"),
    prefecture: fc.constant("東京都"),
    city: fc.constant(city),
    town: fc.constantFrom("本町", "東雲一丁目", "港南"),
    banchi: fc.constantFrom("1-2-3", "4-5", "10-1-201"),
  });

const name = fc.record({ family: fc.constantFrom(...FAMILY), given: fc.constantFrom(...GIVEN) });

const member = (index: number, family: readonly [string, string]) =>
  fc
    .record({
      given: fc.constantFrom(...GIVEN),
      birthDate: isoDate(1925, 2025),
      sex: fc.constantFrom("M", "F"),
      relationship: index === 0 ? fc.constant("世帯主") : fc.constantFrom(...RELATIONSHIPS),
      nationality: fc.constantFrom("JP", "foreign"),
      insurance: fc.constantFrom("employer", "kokuho", "kouki", "welfare", "none"),
      hasMyNumberCard: fc.boolean(),
      wantsSealRegistration: fc.boolean(),
      wantsResidenceCertificate: fc.integer({ min: 0, max: 3 }),
      handbooks: fc.subarray(["physical", "intellectual", "mental"]),
      marushoRecipient: fc.boolean(),
      careCertified: fc.boolean(),
      livesAlone: fc.boolean(),
    })
    .map(({ given, ...rest }) => ({
      // Numbered so that no two members share a name: each must be found on paper.
      name: `${family[0]} ${given[0]}${"一二三四五六七八九十"[index]}`,
      kana: `${family[1]} ${given[1]}`,
      ...rest,
    }));

const juminIdou: fc.Arbitrary<Answers> = fc
  .record({
    family: fc.constantFrom(...FAMILY),
    size: fc.integer({ min: 1, max: 6 }),
    moveType: fc.constantFrom("tennyu", "tenkyo", "tenshutsu"),
    moveDate: isoDate(2019, 2026),
    fromAbroad: fc.boolean(),
    fromOtherPrefecture: fc.boolean(),
    householdStatus: fc.constantFrom("new", "join", "whole"),
    head: name,
    role: fc.constantFrom("self", "household", "agent"),
    agent: name,
    claimant: fc.integer({ min: 0, max: 1 }),
    childMedicalRecipient: fc.boolean(),
    singleParentHousehold: fc.boolean(),
    publicSchool: fc.boolean(),
    cities: fc.tuple(address("江東区"), address("東雲市"), address("横浜市")),
  })
  .chain((h) =>
    fc.tuple(...Array.from({ length: h.size }, (_, i) => member(i, h.family))).map((members) => {
      const [outside, inCity, destination] = h.cities;
      const applicant = h.role === "agent" ? h.agent : null;
      const first = members[0] as { name: string; kana: string };
      return {
        moveType: h.moveType,
        moveDate: h.moveDate,
        fromAbroad: h.fromAbroad,
        fromOtherPrefecture: h.fromOtherPrefecture,
        oldAddress: h.moveType === "tennyu" ? outside : inCity,
        newAddress: h.moveType === "tenshutsu" ? destination : { ...inCity, banchi: "9-9" },
        householdStatus: h.householdStatus,
        headOfHousehold: {
          name: `${h.head.family[0]} ${h.head.given[0]}`,
          kana: `${h.head.family[1]} ${h.head.given[1]}`,
        },
        applicant: {
          role: h.role,
          name: applicant ? `${applicant.family[0]} ${applicant.given[0]}` : first.name,
          kana: applicant ? `${applicant.family[1]} ${applicant.given[1]}` : first.kana,
          phone: "03-1234-5678",
        },
        members,
        childAllowanceClaimant: Math.min(h.claimant, members.length - 1),
        childMedicalRecipient: h.childMedicalRecipient,
        singleParentHousehold: h.singleParentHousehold,
        publicSchool: h.publicSchool,
      };
    }),
  );

const parent = () =>
  fc.record({
    given: fc.constantFrom(...GIVEN),
    birthDate: isoDate(1975, 2005),
    insurance: fc.constantFrom("employer", "kokuho", "welfare", "none"),
  });

const shussei: fc.Arbitrary<Answers> = fc
  .record({
    family: fc.constantFrom(...FAMILY),
    baby: fc.record({
      given: fc.constantFrom(...GIVEN),
      birthDate: isoDate(2019, 2026),
      sex: fc.constantFrom("M", "F"),
    }),
    hasFather: fc.boolean(),
    claimant: fc.constantFrom("mother", "father"),
    status: fc.constantFrom("none", "receiving"),
    role: fc.constantFrom("father", "mother", "other"),
    address: address("東雲市"),
  })
  .chain((b) =>
    fc.tuple(parent(), parent()).map(([m, f]) => {
      const person = (p: typeof m, suffix: string) => ({
        name: `${b.family[0]} ${p.given[0]}${suffix}`,
        kana: `${b.family[1]} ${p.given[1]}`,
        birthDate: p.birthDate,
        insurance: p.insurance,
      });
      const mother = person(m, "母");
      const father = person(f, "父");
      const applicant = b.role === "father" && b.hasFather ? father : mother;
      return {
        baby: {
          name: `${b.family[0]} ${b.baby.given[0]}子`,
          kana: `${b.family[1]} ${b.baby.given[1]}`,
          birthDate: b.baby.birthDate,
          sex: b.baby.sex,
        },
        mother,
        hasFather: b.hasFather,
        ...(b.hasFather ? { father } : {}),
        headOfHousehold: { name: b.hasFather ? father.name : mother.name, relationshipOfBaby: "子" },
        address: b.address,
        childAllowanceStatus: b.status,
        childAllowanceClaimant: b.claimant,
        applicant: {
          role: b.role,
          name: applicant.name,
          kana: applicant.kana,
          phone: "090-1234-5678",
        },
      };
    }),
  );

const okuyami: fc.Arbitrary<Answers> = fc
  .record({
    who: name,
    birthDate: isoDate(1925, 2000),
    deathDate: isoDate(2024, 2026),
    wasHeadOfHousehold: fc.boolean(),
    remainingMembers: fc.integer({ min: 0, max: 4 }),
    insurance: fc.constantFrom("employer", "kokuho", "kouki", "welfare", "none"),
    receivedPension: fc.constantFrom("none", "kokumin", "kosei"),
    flags: fc.array(fc.boolean(), { minLength: 7, maxLength: 7 }),
    handbooks: fc.subarray(["physical", "intellectual", "mental"]),
    address: address("東雲市"),
  })
  .map((d) => {
    const [care, seal, child, land, moped, dog] = d.flags;
    const person = (n: typeof d.who) => ({
      name: `${n.family[0]} ${n.given[0]}`,
      kana: `${n.family[1]} ${n.given[1]}`,
    });
    const heir = { name: "東雲 遺族", address: d.address, bankAccount: "東雲銀行 本店 普通 1234567" };
    return {
      deceased: {
        ...person(d.who),
        birthDate: d.birthDate,
        deathDate: d.deathDate,
        address: d.address,
        wasHeadOfHousehold: d.wasHeadOfHousehold,
        remainingMembers: d.remainingMembers,
        insurance: d.insurance,
        receivedPension: d.receivedPension,
        careCertified: care,
        handbooks: d.handbooks,
        hadSealRegistration: seal,
        wasChildAllowanceRecipient: child,
        ownedRealEstate: land,
        ownedMoped: moped,
        ownedDog: dog,
      },
      applicant: {
        name: "東雲 遺族",
        kana: "シノノメ イゾク",
        relationship: "子",
        phone: "03-1234-5678",
        address: d.address,
      },
      chiefMourner: { name: "東雲 遺族", bankAccount: "東雲銀行 本店 普通 1234567" },
      heirRepresentative: heir,
    };
  });

const shoumei: fc.Arbitrary<Answers> = fc
  .record({
    who: name,
    birthDate: isoDate(1925, 2020),
    requester: fc.constantFrom("self", "household", "agent"),
    type: fc.constantFrom("all", "partial"),
    items: fc.subarray(["headAndRelationship", "honseki", "myNumber", "residentCode"]),
    copies: fc.integer({ min: 1, max: 10 }),
    requestDate: isoDate(2019, 2026),
    address: address("東雲市"),
  })
  .map((r) => ({
    requestDate: r.requestDate,
    requester: r.requester,
    requesterName: r.requester === "agent" ? "代理 一郎" : `${r.who.family[0]} ${r.who.given[0]}`,
    subject: {
      name: `${r.who.family[0]} ${r.who.given[0]}`,
      kana: `${r.who.family[1]} ${r.who.given[1]}`,
      birthDate: r.birthDate,
      address: r.address,
    },
    certificateType: r.type,
    ...(r.type === "partial" ? { partialNames: `${r.who.family[0]} ${r.who.given[0]}` } : {}),
    includeItems: r.items,
    copies: r.copies,
  }));

export const householdArbitraries: Record<DemoFlowKey, fc.Arbitrary<Answers>> = {
  "jumin-idou": juminIdou,
  shussei,
  okuyami,
  shoumei,
};

const asPerson = (p: unknown): TruthPerson => {
  const o = (p ?? {}) as Record<string, unknown>;
  return {
    name: String(o.name ?? ""),
    ...(typeof o.kana === "string" ? { kana: o.kana } : {}),
    ...(typeof o.birthDate === "string" ? { birthDate: o.birthDate } : {}),
  };
};

/**
 * What a clerk expects on paper, read from the answers as demo-city.md defines them (not through
 * the print model under test): the people, and the address in the city.
 */
export function truthOf(flow: DemoFlowKey, answers: Answers): Truth {
  const a = answers as Record<string, Record<string, unknown> & { members?: unknown[] }>;
  switch (flow) {
    case "jumin-idou": {
      const moveType = answers.moveType;
      const address = (moveType === "tenshutsu" ? a.oldAddress : a.newAddress) as Record<string, string>;
      return { persons: (answers.members as unknown[]).map(asPerson), address };
    }
    case "shussei":
      return { persons: [asPerson(a.baby)], address: a.address as Record<string, string> };
    case "okuyami":
      return { persons: [], everyPage: [String(a.deceased?.name)] };
    case "shoumei":
      return {
        persons: [asPerson(a.subject)],
        address: a.subject?.address as Record<string, string>,
      };
  }
}
