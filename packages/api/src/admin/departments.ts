import {
  createDepartment,
  type Db,
  findDepartmentById,
  insertAudit,
  nextDepartmentSortOrder,
  uniqueViolation,
  updateDepartment,
} from "@kakanai/db";
import type { AuthUser } from "../auth-user";
import { DomainError, notFound } from "../domain-error";

export interface DepartmentFields {
  name: string;
  counter: string;
  linked: boolean;
}

/** A new department of the admin's city, listed last; its key is what procedures and bundles name. */
export async function createCityDepartment(
  db: Db,
  params: { user: AuthUser; key: string } & DepartmentFields,
): Promise<{ id: string; key: string }> {
  const { user, ...fields } = params;
  try {
    return await db.transaction(async (tx) => {
      const sortOrder = await nextDepartmentSortOrder(tx, { municipalityId: user.municipalityId });
      const row = await createDepartment(tx, { municipalityId: user.municipalityId, ...fields, sortOrder });
      await insertAudit(tx, {
        municipalityId: user.municipalityId,
        staffId: user.id,
        action: "department.create",
        target: row.id,
        detail: { key: row.key, linked: row.linked },
      });
      return { id: row.id, key: row.key };
    });
  } catch (error) {
    if (uniqueViolation(error) !== null) {
      throw new DomainError(
        "CONFLICT",
        `部署キー「${params.key}」はすでに使われています。別のキーにしてください。`,
        [{ path: "key", message: "このキーはすでに使われています。" }],
      );
    }
    throw error;
  }
}

/** Renames, moves or (un)links one of the city's departments. The key stays: published bundles use it. */
export async function editCityDepartment(
  db: Db,
  params: { user: AuthUser; id: string } & DepartmentFields,
): Promise<{ id: string; key: string }> {
  const { user, id, ...fields } = params;
  return db.transaction(async (tx) => {
    const before = await findDepartmentById(tx, { municipalityId: user.municipalityId, id });
    if (!before) throw notFound("部署");
    const row = await updateDepartment(tx, { municipalityId: user.municipalityId, id, ...fields });
    if (!row) throw notFound("部署");
    await insertAudit(tx, {
      municipalityId: user.municipalityId,
      staffId: user.id,
      action: "department.update",
      target: id,
      detail: { key: row.key, linked: fields.linked },
    });
    return row;
  });
}
