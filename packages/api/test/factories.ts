import { randomUUID } from "node:crypto";
import { createDepartment, createFlow, createMunicipality, createStaff, type Db } from "@kakanai/db";
import { hashPassword } from "../src/auth/password";
import type { Role } from "../src/roles";
import type { FlowDraftInput } from "../src/studio/flow-draft";

export const testPassword = "correct horse battery staple";
// Hash once: scrypt is deliberately slow and every test city has several staff.
const passwordHash = hashPassword(testPassword);

/** A fresh municipality with 市民課 and こども育成課, so tests never see each other's rows. */
export async function createTestCity(db: Db) {
  const suffix = randomUUID().slice(0, 8);
  const city = await createMunicipality(db, { name: `テスト市-${suffix}` });
  const shimin = await createDepartment(db, {
    municipalityId: city.id,
    key: "shimin",
    name: "市民課",
    counter: "1階 1番",
    sortOrder: 1,
  });
  const kodomo = await createDepartment(db, {
    municipalityId: city.id,
    key: "kodomo",
    name: "こども育成課",
    counter: "2階 25番",
    sortOrder: 2,
  });
  return { city, shimin, kodomo, suffix };
}

export async function createTestStaff(
  db: Db,
  params: { municipalityId: string; roles: Role[]; departmentId?: string | null; name?: string },
) {
  const loginId = `user-${randomUUID()}`;
  const row = await createStaff(db, {
    municipalityId: params.municipalityId,
    loginId,
    name: params.name ?? "テスト職員",
    passwordHash: await passwordHash,
    roles: params.roles,
    departmentId: params.departmentId ?? null,
  });
  return { ...row, loginId };
}

export function testDraft(title = "住民異動"): FlowDraftInput {
  return {
    flow: { key: "jumin-idou", kind: "jumin-idou", title, referenceDate: { var: "moveDate" } },
    questions: [
      { id: "q1", key: "moveDate", kind: "date", label: "異動日" },
      {
        id: "q2",
        key: "members",
        kind: "group",
        label: "異動する人数",
        itemLabel: "世帯員",
        questions: [
          { id: "q3", key: "name", kind: "text", label: "氏名" },
          { id: "q4", key: "kana", kind: "kana", label: "フリガナ", required: false },
          { id: "q5", key: "birthDate", kind: "date", label: "生年月日", required: false },
        ],
      },
    ],
    computed: [],
    procedures: [
      { key: "P01", title: "住民異動届", departmentKey: "shimin", rule: true, forms: [] },
      { key: "P15", title: "児童手当", departmentKey: "kodomo", rule: true, forms: [] },
    ],
    forms: [],
    tests: [],
  };
}

export async function createTestFlow(db: Db, params: { municipalityId: string; ownerDepartmentId?: string }) {
  return createFlow(db, {
    municipalityId: params.municipalityId,
    key: "jumin-idou",
    title: "住民異動",
    kind: "jumin-idou",
    ownerDepartmentId: params.ownerDepartmentId ?? null,
    draft: testDraft(),
  });
}
