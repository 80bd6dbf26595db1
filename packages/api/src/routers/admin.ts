import { listAdminDepartments, listStaff } from "@kakanai/db";
import type { TRPCRouterRecord } from "@trpc/server";
import { z } from "zod";
import { createCityDepartment, editCityDepartment } from "../admin/departments";
import { citySettings, setRetentionDays } from "../admin/municipality-settings";
import { resetStaffPassword } from "../admin/reset-staff-password";
import { createStaffAccount, editStaffAccount } from "../admin/staff-accounts";
import { storableText } from "../input-bounds";
import { role } from "../roles";
import { roleProcedure } from "../trpc";

/** Departments and staff accounts belong to the system admin only (../shared/docs/security.md). */
const adminProcedure = roleProcedure(["system_admin"]);

const departmentFields = z.object({
  name: storableText(
    z.string().trim().min(1, "部署名を入力してください。").max(50, "部署名は50文字以内にしてください。"),
  ),
  counter: storableText(z.string().trim().max(50, "窓口の場所は50文字以内にしてください。")),
  linked: z.boolean(),
});

export const createDepartmentInput = departmentFields.extend({
  key: z
    .string()
    .trim()
    .regex(
      /^[a-z][a-z0-9-]{0,29}$/,
      "部署キーは半角英小文字で始め、半角英小文字・数字・ハイフンの30文字以内にしてください（例: zeimu）。",
    ),
});
export type CreateDepartmentInput = z.infer<typeof createDepartmentInput>;

export const updateDepartmentInput = departmentFields.extend({
  id: z.uuid("部署の指定が正しくありません。"),
});
export type UpdateDepartmentInput = z.infer<typeof updateDepartmentInput>;

const password = storableText(
  z
    .string()
    .min(8, "パスワードは8文字以上にしてください。")
    .max(200, "パスワードは200文字以内にしてください。"),
);

export const staffName = storableText(
  z.string().trim().min(1, "氏名を入力してください。").max(50, "氏名は50文字以内にしてください。"),
);

export const staffLoginId = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9._-]{3,100}$/, "ログインIDは半角英数字と . _ - の3〜100文字にしてください。");

const staffFields = z.object({
  name: staffName,
  roles: z
    .array(role, "役割の指定が正しくありません。")
    .min(1, "役割を1つ以上選んでください。")
    .max(role.options.length)
    .refine((list) => new Set(list).size === list.length, "同じ役割が重複しています。"),
  departmentId: z.uuid("所属課の指定が正しくありません。").nullable(),
});

export const createStaffInput = staffFields.extend({
  loginId: staffLoginId,
  /** Omitted: the server generates one. */
  password: password.optional(),
});
export type CreateStaffInput = z.infer<typeof createStaffInput>;

export const updateStaffInput = staffFields.extend({
  id: z.uuid("職員の指定が正しくありません。"),
  disabled: z.boolean(),
});
export type UpdateStaffInput = z.infer<typeof updateStaffInput>;

export const resetPasswordInput = z.object({
  id: z.uuid("職員の指定が正しくありません。"),
  password: password.optional(),
});
export type ResetPasswordInput = z.infer<typeof resetPasswordInput>;

export const retentionInput = z.object({
  retentionDays: z
    .number("保存期間は日数で入力してください。")
    .int("保存期間は整数の日数で入力してください。")
    .min(1, "保存期間は1日以上にしてください。")
    .max(3650, "保存期間は3650日（10年）以内にしてください。"),
});

export const adminRouter = {
  /** The city's own settings: the retention period of receptions. */
  settings: {
    get: adminProcedure.query(({ ctx }) => citySettings(ctx.db, { user: ctx.user })),
    setRetention: adminProcedure
      .input(retentionInput)
      .mutation(({ ctx, input }) => setRetentionDays(ctx.db, { user: ctx.user, ...input })),
  },
  departments: {
    list: adminProcedure.query(({ ctx }) =>
      listAdminDepartments(ctx.db, { municipalityId: ctx.user.municipalityId }),
    ),
    create: adminProcedure
      .input(createDepartmentInput)
      .mutation(({ ctx, input }) => createCityDepartment(ctx.db, { ...input, user: ctx.user })),
    update: adminProcedure
      .input(updateDepartmentInput)
      .mutation(({ ctx, input }) => editCityDepartment(ctx.db, { ...input, user: ctx.user })),
  },
  staff: {
    list: adminProcedure.query(({ ctx }) => listStaff(ctx.db, { municipalityId: ctx.user.municipalityId })),
    create: adminProcedure
      .input(createStaffInput)
      .mutation(({ ctx, input }) => createStaffAccount(ctx.db, { ...input, user: ctx.user })),
    update: adminProcedure
      .input(updateStaffInput)
      .mutation(({ ctx, input }) => editStaffAccount(ctx.db, { ...input, user: ctx.user })),
    resetPassword: adminProcedure
      .input(resetPasswordInput)
      .mutation(({ ctx, input }) => resetStaffPassword(ctx.db, { ...input, user: ctx.user })),
  },
} satisfies TRPCRouterRecord;
