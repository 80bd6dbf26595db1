import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { exportBundles } from "../export-bundles";

const ROOT = fileURLToPath(new URL("../../../../", import.meta.url));
const CLI = join(ROOT, "packages/engine/bin/kakanai.mjs");
const dir = mkdtempSync(join(tmpdir(), "kakanai-bundles-"));
const files = exportBundles(dir);

function kakanai(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("kakanai test on the exported demo bundles", () => {
  it.each(files)(
    "$key: every flow test passes",
    ({ path, tests }) => {
      const { status, output } = kakanai("test", "--bundle", path);
      expect(output).toContain(`フローテスト: ${tests}/${tests} 件成功`);
      expect(status).toBe(0);
    },
    60_000,
  );

  it("pins the demo city with at least 60 flow tests", () => {
    expect(files.reduce((sum, f) => sum + f.tests, 0)).toBeGreaterThanOrEqual(60);
  });

  it("rejects a broken bundle, naming the wrong place", () => {
    const jumin = files.find((f) => f.key === "jumin-idou");
    const document = JSON.parse(readFileSync(jumin?.path ?? "", "utf8"));
    document.procedures[2].departmentKey = 5;
    const broken = join(dir, "broken.json");
    writeFileSync(broken, JSON.stringify(document));
    const { status, output } = kakanai("test", "--bundle", broken);
    expect(status).not.toBe(0);
    expect(output).toContain("procedures[2].departmentKey");
  }, 60_000);

  it("fails when a flow test's expectation is wrong", () => {
    const document = JSON.parse(readFileSync(files[0]?.path ?? "", "utf8"));
    document.tests[0].expectProcedures.push("P17");
    const wrong = join(dir, "wrong.json");
    writeFileSync(wrong, JSON.stringify(document));
    const { status, output } = kakanai("test", "--bundle", wrong);
    expect(status).toBe(1);
    expect(output).toContain("P17 が判定されませんでした");
  }, 60_000);
});
