/**
 * `npm run setup`: the first start of a real city — registers the municipality and its first system
 * admin, with a password that person types (twice; the password policy applies). Possible once: a
 * database that already has any staff account is refused.
 *
 *   DATABASE_URL=postgres://… npm run setup                     asks for everything
 *   DATABASE_URL=postgres://… KAKANAI_SETUP_PASSWORD=… npm run setup -- \
 *     --municipality 東雲市 --lg-code 131016 --admin-name "山田 太郎" --login-id yamada
 *                                                               asks for nothing (scripts, tests)
 * The password is never a command-line flag (other users see flags in `ps`): it is typed, hidden,
 * or given in KAKANAI_SETUP_PASSWORD.
 */
import { stdin, stdout } from "node:process";
import { createInterface } from "node:readline/promises";
import { parseArgs } from "node:util";
import {
  createFirstCity,
  DomainError,
  type FirstStartInput,
  minPasswordLength,
  needsFirstStart,
} from "@kakanai/api";
import { createDb } from "@kakanai/db";
import { migrateDatabase } from "../db/migrate";

const { values } = parseArgs({
  options: {
    municipality: { type: "string" },
    "lg-code": { type: "string" },
    "admin-name": { type: "string" },
    "login-id": { type: "string" },
  },
});

async function main(): Promise<number> {
  const url = process.env.DATABASE_URL;
  if (!url) {
    console.error(
      "DATABASE_URL を設定してください（例: DATABASE_URL=postgres://kakanai@db.example/kakanai npm run setup）。\n" +
        "埋め込みデータベース（npm start のみ）では、起動中にスタジオの /setup 画面を使ってください。",
    );
    return 2;
  }
  await migrateDatabase(url);
  const db = createDb(url, { maxConnections: 1 });
  try {
    if (!(await needsFirstStart(db))) {
      console.error("初期設定はすでに完了しています（職員アカウントがあります）。何も変更していません。");
      return 1;
    }
    const input = await ask();
    const created = await createFirstCity(db, input);
    console.log(
      `\n${input.municipalityName}（${input.lgCode}）とシステム管理者「${input.adminName}」（ログインID: ${input.loginId}）を登録しました。\n` +
        "npm start で起動し、スタジオにこのIDとパスワードでログインしてください。",
    );
    return created.staffId ? 0 : 1;
  } catch (error) {
    if (error instanceof DomainError) console.error(error.message);
    else throw error;
    return 1;
  } finally {
    await db.$client.end();
  }
}

async function ask(): Promise<FirstStartInput> {
  const given = {
    municipalityName: values.municipality,
    lgCode: values["lg-code"],
    adminName: values["admin-name"],
    loginId: values["login-id"],
  };
  const envPassword = process.env.KAKANAI_SETUP_PASSWORD;
  if (!stdin.isTTY) {
    const missing = Object.entries(given).filter(([, v]) => !v);
    if (missing.length > 0 || !envPassword)
      throw new DomainError(
        "BAD_REQUEST",
        "端末からでない実行では --municipality --lg-code --admin-name --login-id と KAKANAI_SETUP_PASSWORD をすべて指定してください。",
      );
    return {
      ...(given as Record<keyof typeof given, string>),
      password: envPassword,
      confirmPassword: envPassword,
    };
  }
  const rl = createInterface({ input: stdin, output: stdout, terminal: true });
  try {
    console.log("Kakanai の初期設定: 自治体と最初のシステム管理者を登録します。\n");
    const municipalityName = given.municipalityName ?? (await rl.question("自治体名（例: 東雲市）: "));
    const lgCode =
      given.lgCode ?? (await rl.question("地方公共団体コード（検査数字を含む6桁。例: 131016）: "));
    const adminName = given.adminName ?? (await rl.question("システム管理者の氏名: "));
    const loginId = given.loginId ?? (await rl.question("システム管理者のログインID（半角英数字）: "));
    if (envPassword)
      return {
        municipalityName,
        lgCode,
        adminName,
        loginId,
        password: envPassword,
        confirmPassword: envPassword,
      };
    console.log(
      `パスワードは${minPasswordLength}文字以上で、推測されにくいものにしてください（空白や日本語も使えます）。`,
    );
    const password = await hidden(rl, "パスワード: ");
    const confirmPassword = await hidden(rl, "パスワード（確認）: ");
    return { municipalityName, lgCode, adminName, loginId, password, confirmPassword };
  } finally {
    rl.close();
  }
}

/** A question whose answer is not echoed. */
async function hidden(rl: ReturnType<typeof createInterface>, prompt: string): Promise<string> {
  const output = rl as unknown as { _writeToOutput?: (s: string) => void };
  const original = output._writeToOutput;
  let asking = true;
  output._writeToOutput = (s: string) => {
    if (!asking || s.startsWith(prompt)) stdout.write(asking ? prompt : s);
  };
  try {
    return await rl.question(prompt);
  } finally {
    asking = false;
    output._writeToOutput = original;
    stdout.write("\n");
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
