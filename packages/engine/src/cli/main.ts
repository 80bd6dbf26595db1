import { readFileSync } from "node:fs";
import { determine } from "../determine";
import { EngineError } from "../errors";
import { interview } from "../interview";
import { lintBundle } from "../lint-bundle";
import { parseBundle } from "../parse-bundle";
import { runFlowTests } from "../run-flow-tests";

const USAGE = `使い方:
  kakanai evaluate --bundle bundle.json --answers answers.json   判定結果と次の質問を JSON で出力
  kakanai test --bundle bundle.json                              フローテストを実行
  kakanai lint --bundle bundle.json                              バンドルを検査`;

/** The headless evaluator: same engine as the counter, for CI and for checking a bundle by hand. */
export function main(argv: string[], out: (line: string) => void = console.log): number {
  const [command, ...rest] = argv;
  const options = parseOptions(rest);
  try {
    if (command === "evaluate") return evaluateCommand(options, out);
    if (command === "test") return testCommand(options, out);
    if (command === "lint") return lintCommand(options, out);
    out(USAGE);
    return command === undefined || command === "help" || command === "--help" ? 0 : 2;
  } catch (error) {
    out(error instanceof EngineError || error instanceof CliError ? error.message : String(error));
    return 2;
  }
}

class CliError extends Error {}

function parseOptions(args: string[]): Record<string, string> {
  const options: Record<string, string> = {};
  for (let i = 0; i < args.length; i += 2) {
    const name = args[i];
    const value = args[i + 1];
    if (!name?.startsWith("--") || value === undefined)
      throw new CliError(`引数が正しくありません: ${name ?? ""}\n${USAGE}`);
    options[name.slice(2)] = value;
  }
  return options;
}

/**
 * Reads the JSON file given as `--<name>`. Every failure is a CliError naming the file on one line
 * (「answers.json: JSON として正しくありません（1行目 2文字目）」), so the CLI exits 2 without a stack.
 */
function readJson(options: Record<string, string>, name: string): unknown {
  const file = options[name];
  if (!file) throw new CliError(`--${name} を指定してください\n${USAGE}`);
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch (error) {
    throw new CliError(`${file}: ${readProblem(error)}`);
  }
  if (text.trim() === "") throw new CliError(`${file}: ファイルが空です（JSON を記入してください）`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file}: JSON として正しくありません${jsonProblemPlace(text, error)}`);
  }
}

function readProblem(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "ENOENT") return "ファイルが見つかりません";
  if (code === "EISDIR") return "ファイルではなくフォルダです";
  if (code === "EACCES" || code === "EPERM") return "ファイルを読む権限がありません";
  return `ファイルを読めません（${error instanceof Error ? error.message : String(error)}）`;
}

/** Where the JSON goes wrong, from V8's message: 「（3行目 5文字目）」 for "… at position 41". */
function jsonProblemPlace(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) {
    const before = text.slice(0, Number(position)).split("\n");
    return `（${before.length}行目 ${(before.at(-1)?.length ?? 0) + 1}文字目）`;
  }
  if (message.includes("Unexpected end")) return "（途中で終わっています）";
  const token = /Unexpected token '(.+?)'/.exec(message)?.[1];
  return token === undefined ? "" : `（予期しない文字「${token}」があります）`;
}

/** Answers are `{ key: value, … }`; anything else is refused before the engine sees it. */
function readAnswers(options: Record<string, string>): Record<string, unknown> {
  const answers = readJson(options, "answers");
  if (typeof answers === "object" && answers !== null && !Array.isArray(answers))
    return answers as Record<string, unknown>;
  throw new CliError(
    `${options.answers}: 回答はオブジェクト（{ … }）である必要があります（${jsonTypeLabel(answers)}が指定されました）`,
  );
}

function jsonTypeLabel(value: unknown): string {
  if (value === null) return "null ";
  if (Array.isArray(value)) return "配列";
  if (typeof value === "string") return "文字列";
  if (typeof value === "number") return "数値";
  if (typeof value === "boolean") return "真偽値";
  return typeof value;
}

function evaluateCommand(options: Record<string, string>, out: (line: string) => void): number {
  const bundle = parseBundle(readJson(options, "bundle"));
  const answers = readAnswers(options);
  const state = interview(bundle, answers);
  const result = {
    determination: determine(bundle, answers),
    next: state.next?.path ?? null,
    errors: state.errors,
    done: state.done,
  };
  out(JSON.stringify(result, null, 2));
  return 0;
}

function testCommand(options: Record<string, string>, out: (line: string) => void): number {
  const results = runFlowTests(parseBundle(readJson(options, "bundle")));
  for (const r of results) out(r.ok ? `✓ ${r.name}` : `✗ ${r.name}\n  ${r.message.replaceAll("\n", "\n  ")}`);
  const failed = results.filter((r) => !r.ok).length;
  out(`フローテスト: ${results.length - failed}/${results.length} 件成功`);
  return failed === 0 ? 0 : 1;
}

function lintCommand(options: Record<string, string>, out: (line: string) => void): number {
  const issues = lintBundle(parseBundle(readJson(options, "bundle")));
  for (const i of issues) out(`${i.severity === "error" ? "エラー" : "警告"} ${i.path}: ${i.message}`);
  out(issues.length === 0 ? "問題は見つかりませんでした" : `${issues.length} 件`);
  return issues.some((i) => i.severity === "error") ? 1 : 0;
}
