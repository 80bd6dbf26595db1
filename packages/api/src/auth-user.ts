import type { Role } from "./roles";

/** The logged-in staff member as the contract shows it to the apps. */
export interface PublicUser {
  id: string;
  name: string;
  roles: Role[];
  departmentKey: string | null;
  departmentName: string | null;
  municipalityName: string;
  /** An admin issued the current password: nothing but changing it is allowed until it is changed. */
  mustChangePassword: boolean;
}

/** What middleware guarantees on ctx.user: the public shape plus the scoping ids. */
export interface AuthUser extends PublicUser {
  municipalityId: string;
  departmentId: string | null;
}

export function toPublicUser(user: AuthUser): PublicUser {
  return {
    id: user.id,
    name: user.name,
    roles: user.roles,
    departmentKey: user.departmentKey,
    departmentName: user.departmentName,
    municipalityName: user.municipalityName,
    mustChangePassword: user.mustChangePassword,
  };
}
