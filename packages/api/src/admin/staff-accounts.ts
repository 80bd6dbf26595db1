import {
  createStaff,
  type Db,
  deleteStaffAuthSessions,
  findDepartmentById,
  findStaffById,
  findStaffByLoginId,
  insertAudit,
  type StaffRole,
  type Tx,
  uniqueViolation,
  updateStaff,
} from "@kakanai/db";
import { hashPassword } from "../auth/password";
import type { AuthUser } from "../auth-user";
import { DomainError, notFound } from "../domain-error";
import { generatePassword } from "./generate-password";

export interface StaffFields {
  name: string;
  roles: StaffRole[];
  departmentId: string | null;
}

const loginIdTaken = (loginId: string) =>
  new DomainError("CONFLICT", `ログインID「${loginId}」はすでに使われています。別のIDにしてください。`, [
    { path: "loginId", message: "このログインIDはすでに使われています。" },
  ]);

/**
 * A new account of the admin's city. The initial password is the admin's or generated; it is
 * returned once for the admin to hand over and never stored or logged in the clear.
 */
export async function createStaffAccount(
  db: Db,
  params: { user: AuthUser; loginId: string; password?: string } & StaffFields,
): Promise<{ id: string; loginId: string; initialPassword: string }> {
  const { user, loginId, password, ...fields } = params;
  await checkDepartment(db, user, fields);
  if (await findStaffByLoginId(db, { loginId })) throw loginIdTaken(loginId);
  const initialPassword = password ?? generatePassword();
  const passwordHash = await hashPassword(initialPassword);
  try {
    const row = await db.transaction(async (tx) => {
      const created = await createStaff(tx, {
        municipalityId: user.municipalityId,
        loginId,
        passwordHash,
        mustChangePassword: true,
        ...fields,
      });
      await audit(tx, user, "staff.create", created.id, {
        roles: fields.roles,
        departmentId: fields.departmentId,
      });
      return created;
    });
    return { id: row.id, loginId: row.loginId, initialPassword };
  } catch (error) {
    // Two admins creating the same id at once: the constraint decides, the message stays the same.
    if (uniqueViolation(error) !== null) throw loginIdTaken(loginId);
    throw error;
  }
}

/** Name, roles, department and disabled; disabling ends the account's sessions in the same transaction. */
export async function editStaffAccount(
  db: Db,
  params: { user: AuthUser; id: string; disabled: boolean } & StaffFields,
): Promise<{ id: string; endedSessions: number }> {
  const { user, id, ...fields } = params;
  await checkDepartment(db, user, fields);
  if (id === user.id && fields.disabled) {
    throw new DomainError("BAD_REQUEST", "自分自身のアカウントは無効にできません。");
  }
  if (id === user.id && !fields.roles.includes("system_admin")) {
    throw new DomainError("BAD_REQUEST", "自分自身のシステム管理者の役割は外せません。");
  }
  return db.transaction(async (tx) => {
    const before = await findStaffById(tx, { municipalityId: user.municipalityId, id });
    if (!before) throw notFound("職員");
    await updateStaff(tx, { municipalityId: user.municipalityId, id, ...fields });
    const endedSessions = fields.disabled ? await deleteStaffAuthSessions(tx, { staffId: id }) : 0;
    await audit(tx, user, "staff.update", id, {
      roles: fields.roles,
      departmentId: fields.departmentId,
      disabled: fields.disabled,
      wasDisabled: before.disabled,
      endedSessions,
    });
    return { id, endedSessions };
  });
}

/** Roles that work in one department need one, and it must be a department of the admin's city. */
async function checkDepartment(db: Db, user: AuthUser, fields: StaffFields): Promise<void> {
  if (fields.departmentId === null) {
    const needing = fields.roles.filter((r) => r === "dept_admin" || r === "department_clerk");
    if (needing.length > 0) {
      throw new DomainError("BAD_REQUEST", "所属課の管理者・連携課職員には所属課を選んでください。", [
        { path: "departmentId", message: "所属課を選んでください。" },
      ]);
    }
    return;
  }
  const department = await findDepartmentById(db, {
    municipalityId: user.municipalityId,
    id: fields.departmentId,
  });
  if (!department) throw notFound("所属課");
}

export function audit(
  tx: Tx,
  user: AuthUser,
  action: string,
  target: string,
  detail: Record<string, unknown>,
) {
  return insertAudit(tx, { municipalityId: user.municipalityId, staffId: user.id, action, target, detail });
}
