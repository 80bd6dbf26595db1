import { spawnSync } from "node:child_process";
import { createCaller, createContext, createFirstCity, isLgCode } from "@kakanai/api";
import { createDb, findMunicipalityByName, findStaffByLoginId } from "@kakanai/db";
import { DEMO_MUNICIPALITY, DEMO_PASSWORD, demoAccounts } from "@kakanai/demo-city";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prepareDatabase, wantsDemo } from "../scripts/prepare-database";

/**
 * The first start of a real city, as an operator does it: `npm start` against an empty PostgreSQL
 * named by DATABASE_URL (its database step, prepare-database.ts), then `npm run setup` (the real
 * script, non-interactive), then the new admin logs in through the api's real login.
 */
const adminUrl = process.env.DATABASE_URL ?? "postgres://root@127.0.0.1:5432/test";
const name = `kakanai_first_start_${Date.now()}_${process.pid}`;
const url = (() => {
  const u = new URL(adminUrl);
  u.pathname = `/${name}`;
  return u.toString();
})();
const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
const db = createDb(url, { maxConnections: 2 });

beforeAll(async () => {
  await admin.unsafe(`create database ${name}`);
});
afterAll(async () => {
  await db.$client.end();
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.end();
});

const password = "しののめ市役所の朝は八時半から";

function setup(env: Record<string, string>, args: string[]) {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/setup.ts", ...args], {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, DATABASE_URL: url, ...env },
    stdio: ["ignore", "pipe", "pipe"],
    encoding: "utf8",
    timeout: 120_000,
  });
}

async function login(loginId: string, pw: string) {
  const ctx = await createContext({
    db,
    headers: new Headers(),
    resHeaders: new Headers(),
    cookieName: "kk_studio",
  });
  return createCaller(ctx).auth.login({ loginId, password: pw });
}

const args = [
  "--municipality",
  "新川町",
  "--lg-code",
  "131016",
  "--admin-name",
  "山田 太郎",
  "--login-id",
  "yamada",
];

describe("first start with DATABASE_URL", () => {
  it("seeds no demo city, then `npm run setup` creates the city and an admin who logs in with their own password", async () => {
    const prepared = await prepareDatabase(url, { embedded: false, demo: undefined });
    expect(prepared).toEqual({ demo: false, seededNow: false, needsSetup: true });
    expect(await findMunicipalityByName(db, { name: DEMO_MUNICIPALITY })).toBeNull();
    for (const account of demoAccounts)
      expect(await findStaffByLoginId(db, { loginId: account.loginId })).toBeNull();
    await expect(login("admin", DEMO_PASSWORD)).rejects.toMatchObject({ code: "UNAUTHORIZED" });

    // A weak password is refused, in Japanese, and nothing is created.
    const weak = setup({ KAKANAI_SETUP_PASSWORD: "shinonome" }, args);
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("パスワードは12文字以上にしてください。");
    const badCode = setup({ KAKANAI_SETUP_PASSWORD: password }, [
      ...args.slice(0, 3),
      "131017",
      ...args.slice(4),
    ]);
    expect(badCode.stderr).toContain("地方公共団体コードは検査数字を含む6桁");
    expect((await prepareDatabase(url, { embedded: false, demo: undefined })).needsSetup).toBe(true);

    const run = setup({ KAKANAI_SETUP_PASSWORD: password }, args);
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(
      "新川町（131016）とシステム管理者「山田 太郎」（ログインID: yamada）を登録しました。",
    );
    expect(run.stdout + run.stderr).not.toContain(password);

    const { user } = await login("yamada", password);
    expect(user).toMatchObject({
      name: "山田 太郎",
      roles: ["system_admin"],
      municipalityName: "新川町",
      mustChangePassword: false,
    });
    const stored = await findStaffByLoginId(db, { loginId: "yamada" });
    expect(stored?.passwordHash).toMatch(/^scrypt\$131072\$8\$1\$/);

    // Once only: a second setup is refused and changes nothing.
    const again = setup({ KAKANAI_SETUP_PASSWORD: "もう一人の管理者のパスワード" }, [
      ...args.slice(0, 7),
      "intruder",
    ]);
    expect(again.status).toBe(1);
    expect(again.stderr).toContain("初期設定はすでに完了しています");
    // Nor can the studio's public /setup screen do it again.
    const anonymous = createCaller(
      await createContext({ db, headers: new Headers(), resHeaders: new Headers(), cookieName: "kk_studio" }),
    );
    expect(await anonymous.setup.status()).toEqual({ needed: false });
    await expect(
      anonymous.setup.createFirstCity({
        municipalityName: "乗っ取り市",
        lgCode: "011002",
        adminName: "侵入 者",
        loginId: "intruder",
        password: "もう一人の管理者のパスワード",
        confirmPassword: "もう一人の管理者のパスワード",
      }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("初期設定はすでに完了しています"),
    });
    expect(await findStaffByLoginId(db, { loginId: "intruder" })).toBeNull();
    // And the next `npm start` still seeds no demo and asks for no setup.
    expect(await prepareDatabase(url, { embedded: false, demo: undefined })).toEqual({
      demo: false,
      seededNow: false,
      needsSetup: false,
    });
  }, 240_000);

  it("lets exactly one of two simultaneous first starts through", async () => {
    const other = `${name}_race`;
    await admin.unsafe(`create database ${other}`);
    const u = new URL(adminUrl);
    u.pathname = `/${other}`;
    const raceDb = createDb(u.toString(), { maxConnections: 4 });
    try {
      await prepareDatabase(u.toString(), { embedded: false, demo: undefined });
      const attempt = (loginId: string) =>
        createFirstCity(raceDb, {
          municipalityName: `競争町-${loginId}`,
          lgCode: loginId === "first" ? "131016" : "011002",
          adminName: "管理 者",
          loginId,
          password,
          confirmPassword: password,
        });
      const results = await Promise.allSettled([attempt("first"), attempt("second")]);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
      expect(results.find((r) => r.status === "rejected")).toMatchObject({
        reason: { message: expect.stringContaining("初期設定はすでに完了しています") },
      });
    } finally {
      await raceDb.$client.end();
      await admin.unsafe(`drop database if exists ${other} with (force)`);
    }
  }, 120_000);

  it("checks the 地方公共団体コード's check digit", () => {
    expect(["131016", "011002", "271004", "472018"].map(isLgCode)).toEqual([true, true, true, true]);
    expect(["131017", "481009", "13101", "abcdef", "001007"].map(isLgCode)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it("keeps the demo for the embedded database and for KAKANAI_DEMO=1", () => {
    expect(wantsDemo({ embedded: true, demo: undefined })).toBe(true);
    expect(wantsDemo({ embedded: true, demo: "0" })).toBe(false);
    expect(wantsDemo({ embedded: false, demo: "1" })).toBe(true);
    expect(wantsDemo({ embedded: false, demo: undefined })).toBe(false);
  });
});
