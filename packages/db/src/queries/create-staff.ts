import type { DbOrTx } from "../client";
import { type StaffRole, staff } from "../schema";

export interface CreateStaffParams {
  municipalityId: string;
  loginId: string;
  name: string;
  /** Already hashed by the caller (the api's hashPassword): db never sees a password. */
  passwordHash: string;
  roles: StaffRole[];
  departmentId?: string | null;
  /** An admin issued the password: the account chooses its own at the next login. */
  mustChangePassword?: boolean;
}

export async function createStaff(db: DbOrTx, params: CreateStaffParams) {
  const [row] = await db
    .insert(staff)
    .values({ ...params, departmentId: params.departmentId ?? null })
    .returning();
  if (!row) throw new Error("staff insert returned no row");
  return row;
}
