import type { PublicUser } from "@kakanai/api";

export type StaffRole = PublicUser["roles"][number];

/** What each role may do, in the words the system admin sees when choosing them. */
export const roleOptions: { value: StaffRole; label: string }[] = [
  { value: "counter_clerk", label: "窓口職員（受付と印刷）" },
  { value: "department_clerk", label: "連携課職員（案内票のQR読み取り）" },
  { value: "bereavement_clerk", label: "おくやみ窓口職員" },
  { value: "dept_admin", label: "所属課の管理者（フローの編集）" },
  { value: "publisher", label: "公開担当" },
  { value: "system_admin", label: "システム管理者（職員・部署の管理）" },
];

export const roleShortLabels: Record<StaffRole, string> = {
  counter_clerk: "窓口職員",
  department_clerk: "連携課職員",
  bereavement_clerk: "おくやみ窓口",
  dept_admin: "所属課の管理者",
  publisher: "公開担当",
  system_admin: "システム管理者",
};

export const isStaffRole = (value: string): value is StaffRole => roleOptions.some((o) => o.value === value);
