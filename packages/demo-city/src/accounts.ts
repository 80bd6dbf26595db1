/** Demo staff of 東雲市. One password for all of them: this is demo data, printed by `npm start`. */
export const DEMO_PASSWORD = "shinonome";

/**
 * The staff roles the demo accounts hold: a subset of db's `StaffRole`, which the seed checks when it
 * creates them (demo-city imports only the engine).
 */
export type DemoRole =
  | "system_admin"
  | "dept_admin"
  | "publisher"
  | "counter_clerk"
  | "bereavement_clerk"
  | "department_clerk";

export interface DemoAccount {
  loginId: string;
  name: string;
  roles: DemoRole[];
  departmentKey: string;
  /** What `npm start` prints next to the login. */
  description: string;
}

export const demoAccounts: DemoAccount[] = [
  {
    loginId: "admin",
    name: "東雲 管理者",
    roles: ["system_admin", "dept_admin", "publisher"],
    departmentKey: "shimin",
    description: "市民課 管理者・公開担当 (スタジオ)",
  },
  {
    loginId: "counter",
    name: "窓口 さくら",
    // Both desks, so the demo walks every flow with one login (a counter_clerk alone has no おくやみ).
    roles: ["counter_clerk", "bereavement_clerk"],
    departmentKey: "shimin",
    description: "市民課 窓口職員・おくやみ窓口 (窓口アプリ)",
  },
  {
    loginId: "okuyami",
    name: "弔事 あおい",
    roles: ["bereavement_clerk"],
    departmentKey: "shimin",
    description: "おくやみ窓口 職員 (窓口アプリ、おくやみの受付だけ)",
  },
  {
    loginId: "kodomo",
    name: "育成 はると",
    roles: ["department_clerk"],
    departmentKey: "kodomo",
    description: "こども育成課 職員 (窓口アプリの QR 読み取り)",
  },
];
