import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { BundleInput } from "../bundle";
import { main } from "./main";

const bundle: BundleInput = {
  schemaVersion: 1,
  flow: { key: "t", kind: "jumin-idou", title: "テスト", referenceDate: { var: "moveDate" } },
  departments: [{ key: "kaigo", name: "介護保険課", counter: "2階 22番" }],
  questions: [
    { id: "d", key: "moveDate", kind: "date", label: "異動日" },
    {
      id: "m",
      key: "members",
      kind: "group",
      label: "世帯員",
      questions: [{ id: "b", key: "birthDate", kind: "date", label: "生年月日" }],
    },
  ],
  procedures: [
    {
      key: "P11",
      title: "介護保険",
      departmentKey: "kaigo",
      rule: true,
      memberRule: { ">=": [{ ageLegal: [{ var: "member.birthDate" }, { var: "on" }] }, 65] },
    },
  ],
  forms: [],
  tests: [
    {
      name: "65歳",
      answers: { moveDate: "2025-03-31", members: [{ birthDate: "1960-04-01" }] },
      expectProcedures: ["P11"],
    },
    {
      name: "誤り",
      answers: { moveDate: "2025-03-30", members: [{ birthDate: "1960-04-01" }] },
      expectProcedures: ["P11"],
    },
  ],
};

function files() {
  const dir = mkdtempSync(join(tmpdir(), "kakanai-cli-"));
  const bundlePath = join(dir, "bundle.json");
  const answersPath = join(dir, "answers.json");
  writeFileSync(bundlePath, JSON.stringify(bundle));
  writeFileSync(
    answersPath,
    JSON.stringify({ moveDate: "2025-03-31", members: [{ birthDate: "1960-04-01" }] }),
  );
  return { bundlePath, answersPath };
}

const run = (argv: string[]) => {
  const lines: string[] = [];
  const code = main(argv, (line) => lines.push(line));
  return { code, output: lines.join("\n") };
};

describe("kakanai CLI", () => {
  it("evaluates answers against a bundle", () => {
    const { bundlePath, answersPath } = files();
    const { code, output } = run(["evaluate", "--bundle", bundlePath, "--answers", answersPath]);
    expect(code).toBe(0);
    expect(JSON.parse(output).determination.procedures[0].key).toBe("P11");
  });

  it("runs flow tests and fails on a wrong expectation", () => {
    const { bundlePath } = files();
    const { code, output } = run(["test", "--bundle", bundlePath]);
    expect(code).toBe(1);
    expect(output).toContain("✓ 65歳");
    expect(output).toContain("✗ 誤り");
    expect(output).toContain("フローテスト: 1/2 件成功");
  });

  it.each([
    ["[]", "配列"],
    ['"abc"', "文字列"],
    ["null", "null "],
    ["42", "数値"],
    ["true", "真偽値"],
  ])("refuses answers that are not an object: %s", (json, label) => {
    const { bundlePath, answersPath } = files();
    writeFileSync(answersPath, json);
    const { code, output } = run(["evaluate", "--bundle", bundlePath, "--answers", answersPath]);
    expect(code).toBe(2);
    expect(output).toBe(
      `${answersPath}: 回答はオブジェクト（{ … }）である必要があります（${label}が指定されました）`,
    );
  });

  it("refuses an answers file that is not JSON, saying where", () => {
    const { bundlePath, answersPath } = files();
    writeFileSync(answersPath, '{\n  "moveDate": "2025-03-31",\n}');
    const { code, output } = run(["evaluate", "--bundle", bundlePath, "--answers", answersPath]);
    expect(code).toBe(2);
    expect(output).toBe(`${answersPath}: JSON として正しくありません（3行目 1文字目）`);
  });

  it("refuses a missing or empty answers file", () => {
    const { bundlePath, answersPath } = files();
    writeFileSync(answersPath, "  \n");
    const empty = run(["evaluate", "--bundle", bundlePath, "--answers", answersPath]);
    expect(empty).toEqual({ code: 2, output: `${answersPath}: ファイルが空です（JSON を記入してください）` });
    rmSync(answersPath);
    const missing = run(["evaluate", "--bundle", bundlePath, "--answers", answersPath]);
    expect(missing).toEqual({ code: 2, output: `${answersPath}: ファイルが見つかりません` });
  });

  it("reports a bundle file that is not JSON the same way", () => {
    const { bundlePath } = files();
    writeFileSync(bundlePath, "[1,");
    const { code, output } = run(["lint", "--bundle", bundlePath]);
    expect(code).toBe(2);
    expect(output).toBe(`${bundlePath}: JSON として正しくありません（途中で終わっています）`);
  });

  it("refuses flow-test answers that are not an object, naming the path", () => {
    const { bundlePath } = files();
    writeFileSync(bundlePath, JSON.stringify({ ...bundle, tests: [{ ...bundle.tests?.[0], answers: [] }] }));
    const { code, output } = run(["test", "--bundle", bundlePath]);
    expect(code).toBe(2);
    expect(output).toContain("tests[0].answers: 型が正しくありません (オブジェクトを指定してください)");
  });

  it("explains usage errors in Japanese", () => {
    expect(run(["evaluate"]).output).toContain("--bundle を指定してください");
    expect(run(["frobnicate"]).code).toBe(2);
  });
});
