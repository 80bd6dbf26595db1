import {
  createMunicipality,
  createStaff,
  type Db,
  hasNoStaff,
  insertAudit,
  lockStaffIfEmpty,
} from "@kakanai/db";
import { z } from "zod";
import { hashPassword } from "../auth/password";
import { passwordProblem } from "../auth/password-policy";
import { DomainError } from "../domain-error";
import { storableText } from "../input-bounds";
import { staffLoginId, staffName } from "../routers/admin";

/**
 * 全国地方公共団体コード: 2 digits of the prefecture (01–47), 3 of the city, and a check digit
 * (weights 6,5,4,3,2; 11 minus the sum mod 11, last digit) — 131016 is 千代田区.
 */
export function isLgCode(code: string): boolean {
  if (!/^\d{6}$/.test(code)) return false;
  const prefecture = Number(code.slice(0, 2));
  if (prefecture < 1 || prefecture > 47) return false;
  const sum = [6, 5, 4, 3, 2].reduce((n, w, i) => n + w * Number(code[i]), 0);
  return (11 - (sum % 11)) % 10 === Number(code[5]);
}

export const firstStartInput = z.object({
  municipalityName: storableText(
    z.string().trim().min(1, "自治体名を入力してください。").max(50, "自治体名は50文字以内にしてください。"),
  ),
  lgCode: z
    .string()
    .trim()
    .refine(
      isLgCode,
      "地方公共団体コードは検査数字を含む6桁の数字で入力してください（例: 千代田区は 131016）。",
    ),
  adminName: staffName,
  loginId: staffLoginId,
  password: storableText(z.string().max(200, "パスワードは200文字以内にしてください。")),
  confirmPassword: z.string().max(200),
});
export type FirstStartInput = z.infer<typeof firstStartInput>;

const alreadySetUp = "初期設定はすでに完了しています。システム管理者のアカウントでログインしてください。";

/** Whether the first start is still to be done: no staff account exists in the database. */
export async function needsFirstStart(db: Db): Promise<boolean> {
  return hasNoStaff(db);
}

/**
 * The first start of a real city: the municipality and its first system admin with the password
 * that person chose (the password policy applies). Possible exactly once: the transaction locks the
 * staff table and refuses when any account exists, so two at once cannot both succeed.
 */
export async function createFirstCity(
  db: Db,
  input: FirstStartInput,
): Promise<{ municipalityId: string; staffId: string }> {
  const parsed = firstStartInput.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join("."), message: i.message }));
    throw new DomainError("BAD_REQUEST", issues.map((i) => i.message).join("\n"), issues);
  }
  const data = parsed.data;
  if (data.password !== data.confirmPassword)
    throw new DomainError(
      "BAD_REQUEST",
      "パスワードが確認用と一致しません。同じものを2回入力してください。",
      [{ path: "confirmPassword", message: "パスワードが確認用と一致しません。" }],
    );
  const problem = passwordProblem(data.password, { loginId: data.loginId, name: data.adminName });
  if (problem) throw new DomainError("BAD_REQUEST", problem, [{ path: "password", message: problem }]);
  if (!(await needsFirstStart(db))) throw new DomainError("CONFLICT", alreadySetUp);
  const passwordHash = await hashPassword(data.password);
  return db.transaction(async (tx) => {
    if (!(await lockStaffIfEmpty(tx))) throw new DomainError("CONFLICT", alreadySetUp);
    const city = await createMunicipality(tx, { name: data.municipalityName, lgCode: data.lgCode });
    const admin = await createStaff(tx, {
      municipalityId: city.id,
      loginId: data.loginId,
      name: data.adminName,
      passwordHash,
      roles: ["system_admin"],
    });
    await insertAudit(tx, {
      municipalityId: city.id,
      staffId: admin.id,
      action: "setup.first_start",
      target: admin.id,
      detail: { lgCode: data.lgCode },
    });
    return { municipalityId: city.id, staffId: admin.id };
  });
}
