import { type Answers, type Bundle, getAnswer, interview, setAnswer } from "@kakanai/engine";

/**
 * A counter clerk over HTTP, as the counter page talks to its server: tRPC with superjson, one
 * request per call, the session cookie kept like a browser's.
 */
export class CounterClient {
  private cookie = "";
  constructor(readonly base: string) {}

  async login(loginId: string, password: string): Promise<void> {
    await this.mutate("auth.login", { loginId, password });
  }

  mutate<T>(path: string, input: unknown): Promise<Reply<T>> {
    return this.send<T>(`${this.base}/api/trpc/${path}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ json: input }),
    });
  }

  query<T>(path: string, input: unknown): Promise<Reply<T>> {
    const q = encodeURIComponent(JSON.stringify({ json: input }));
    return this.send<T>(`${this.base}/api/trpc/${path}?input=${q}`, { method: "GET" });
  }

  /** GET a PDF; resolves with the status and byte count. */
  async pdf(kind: string, sessionId: string): Promise<{ status: number; bytes: number; ms: number }> {
    const t0 = performance.now();
    const res = await fetch(`${this.base}/api/pdf/${kind}?session=${sessionId}`, {
      headers: { cookie: this.cookie },
      signal: AbortSignal.timeout(60_000),
    });
    const body = await res.arrayBuffer();
    return { status: res.status, bytes: body.byteLength, ms: performance.now() - t0 };
  }

  private async send<T>(url: string, init: RequestInit): Promise<Reply<T>> {
    const t0 = performance.now();
    let status = 0;
    try {
      const res = await fetch(url, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), cookie: this.cookie },
        signal: AbortSignal.timeout(30_000),
      });
      status = res.status;
      const set = res.headers.get("set-cookie");
      if (set) this.cookie = set.split(";")[0] ?? "";
      const body = (await res.json()) as { result?: { data: { json: T } }; error?: unknown };
      const ms = performance.now() - t0;
      if (!body.result) return { ok: false, status, ms, error: JSON.stringify(body.error).slice(0, 200) };
      return { ok: true, status, ms, data: body.result.data.json };
    } catch (error) {
      return { ok: false, status, ms: performance.now() - t0, error: String(error).slice(0, 200) };
    }
  }
}

export type Reply<T> =
  | { ok: true; status: number; ms: number; data: T }
  | { ok: false; status: number; ms: number; error: string };

export interface Step {
  path: string;
  value: unknown;
}

/**
 * The answers the counter page would send for `target`, in its order: interview() picks each next
 * question from the answers so far, a group's count goes as a number. Computed once per household so
 * the load generator spends its CPU on requests, not on the engine.
 */
export function answerScript(bundle: Bundle, target: Answers): { steps: Step[]; final: Answers } {
  let answers: Answers = {};
  const steps: Step[] = [];
  for (;;) {
    const { next } = interview(bundle, answers);
    if (!next) break;
    if (steps.length > 500) throw new Error("the interview does not end");
    const given = getAnswer(target, next.path);
    const value = next.isCount && Array.isArray(given) ? given.length : given;
    if (value === undefined) throw new Error(`no answer for ${next.path}`);
    steps.push({ path: next.path, value });
    answers = setAnswer(answers, next.path, value, bundle);
  }
  return { steps, final: answers };
}
