import { hasForbiddenCharacters } from "@kakanai/engine";
import type { TRPC_ERROR_CODE_KEY } from "@trpc/server/rpc";
import superjson from "superjson";
import { maxFormPdfBase64 } from "../forms/upload-form-pdf";

/**
 * Bounds every request before tRPC (or a PDF route) parses it: the body is read with a cap, JSON is
 * refused when malformed, nested too deeply, or carrying NUL or unpaired surrogates (PostgreSQL
 * cannot store them), and the URL is bounded. Whatever a client sends, the answer is a 4xx with a
 * Japanese message, never a 500.
 */
export const requestLimits = Object.freeze({
  /** Bytes of a request body; an answer, a login, a scan. */
  bodyBytes: 1024 * 1024,
  /** Bytes of a body carrying a flow draft (studio save and preview). */
  draftBodyBytes: 8 * 1024 * 1024,
  /** Bytes of a form PDF upload (base64 of at most 10 MB, in JSON). */
  uploadBodyBytes: maxFormPdfBase64 + 64 * 1024,
  /** Characters of a URL (GET queries carry their input in it). */
  urlChars: 16 * 1024,
  /** Nesting of objects and arrays in a JSON input (a bundle draft needs about 20). */
  jsonDepth: 64,
  /** Calls in one batched request. */
  batchCalls: 50,
});

const bodyLimits: Record<string, number> = {
  "studio.flows.save": requestLimits.draftBodyBytes,
  "studio.forms.preview": requestLimits.draftBodyBytes,
  "studio.forms.upload": requestLimits.uploadBodyBytes,
  "studio.forms.usage": requestLimits.draftBodyBytes,
  "studio.forms.replacePdf": requestLimits.uploadBodyBytes + requestLimits.bodyBytes,
  "studio.flowAdmin.importBundle": requestLimits.draftBodyBytes,
};

export interface RequestProblem {
  status: 400 | 403 | 413 | 415;
  code: TRPC_ERROR_CODE_KEY;
  message: string;
}

export const problems = {
  tooLarge: (limit: number): RequestProblem => ({
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: `送信されたデータが大きすぎます（上限 ${formatBytes(limit)}）。内容を減らしてもう一度お試しください。`,
  }),
  urlTooLong: (): RequestProblem => ({
    status: 413,
    code: "PAYLOAD_TOO_LARGE",
    message: "リクエストのURLが長すぎます。",
  }),
  badPath: (): RequestProblem => ({
    status: 400,
    code: "BAD_REQUEST",
    message: "呼び出し先の指定が正しくありません。",
  }),
  badEncoding: (): RequestProblem => ({
    status: 400,
    code: "BAD_REQUEST",
    message: "送信されたデータの文字コードが正しくありません（UTF-8 で送ってください）。",
  }),
  badJson: (): RequestProblem => ({
    status: 400,
    code: "PARSE_ERROR",
    message: "送信されたデータを読み取れませんでした（JSON の形式が正しくありません）。",
  }),
  tooDeep: (): RequestProblem => ({
    status: 400,
    code: "BAD_REQUEST",
    message: `送信されたデータの入れ子が深すぎます（上限 ${requestLimits.jsonDepth} 段）。`,
  }),
  forbiddenCharacters: (): RequestProblem => ({
    status: 400,
    code: "BAD_REQUEST",
    message: "送信されたデータに使用できない文字（NUL 文字や対になっていないサロゲート）が含まれています。",
  }),
  contentType: (): RequestProblem => ({
    status: 415,
    code: "UNSUPPORTED_MEDIA_TYPE",
    message: "送信形式が正しくありません（Content-Type: application/json で送ってください）。",
  }),
};

/** The procedures a tRPC URL names ("counter.answer", or "a,b" when batched); null when undecodable. */
export function trpcPaths(url: URL, endpoint: string): string[] | null {
  const raw = url.pathname.startsWith(endpoint) ? url.pathname.slice(endpoint.length) : url.pathname;
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw.replace(/^\/+|\/+$/g, ""));
  } catch {
    return null;
  }
  if (hasForbiddenCharacters(decoded)) return null;
  return decoded.split(",");
}

/** The body limit of a request to these procedures (the largest of a batch). */
export function bodyLimitFor(paths: readonly string[]): number {
  return Math.max(requestLimits.bodyBytes, ...paths.map((p) => bodyLimits[p] ?? 0));
}

/** URL checks shared by tRPC and PDF routes: length, and no NUL in any query parameter. */
export function urlProblem(req: Request): RequestProblem | null {
  if (req.url.length > requestLimits.urlChars) return problems.urlTooLong();
  const url = new URL(req.url);
  for (const [key, value] of url.searchParams) {
    if (hasForbiddenCharacters(key) || hasForbiddenCharacters(value)) return problems.forbiddenCharacters();
  }
  return null;
}

/**
 * The request tRPC may safely handle: its body read once within `maxBytes`, checked as JSON, and put
 * back as text; GET's `input` checked the same way. An empty POST body stands for "no input".
 */
export async function boundTrpcRequest(
  req: Request,
  params: { maxBytes: number; isBatch: boolean },
): Promise<{ request: Request } | { problem: RequestProblem }> {
  const urlIssue = urlProblem(req);
  if (urlIssue) return { problem: urlIssue };
  const input = new URL(req.url).searchParams.get("input");
  if (input !== null) {
    const problem = jsonInputProblem(input, params.isBatch);
    if (problem) return { problem };
  }
  if (req.method === "GET" || req.method === "HEAD") return { request: req };
  if (!isJson(req.headers.get("content-type"))) {
    await req.body?.cancel().catch(() => {});
    return { problem: problems.contentType() };
  }
  const body = await readBody(req, params.maxBytes);
  if ("problem" in body) return body;
  const text = body.text.trim() === "" ? "{}" : body.text;
  const problem = jsonInputProblem(text, params.isBatch);
  if (problem) return { problem };
  return {
    request: new Request(req.url, {
      method: req.method,
      headers: req.headers,
      body: text,
      signal: req.signal,
    }),
  };
}

/** The body as UTF-8 text, refusing past `maxBytes` before reading further (and before reading at all when Content-Length says so). */
export async function readBody(
  req: Request,
  maxBytes: number,
): Promise<{ text: string } | { problem: RequestProblem }> {
  const declared = req.headers.get("content-length");
  if (declared !== null && (!/^\d{1,15}$/.test(declared.trim()) || Number(declared) > maxBytes)) {
    await req.body?.cancel().catch(() => {});
    return { problem: /^\d+$/.test(declared.trim()) ? problems.tooLarge(maxBytes) : problems.badJson() };
  }
  if (!req.body) return { text: "" };
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        return { problem: problems.tooLarge(maxBytes) };
      }
      chunks.push(value);
    }
  } catch {
    // The client went away or sent a broken stream: nothing to answer but a refusal.
    return { problem: problems.badJson() };
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes) };
  } catch {
    return { problem: problems.badEncoding() };
  }
}

/**
 * Why tRPC must not see this JSON input: too deep (checked on the text, before parsing), not JSON,
 * NUL or an unpaired surrogate in any key or string, or a superjson envelope that would not
 * deserialize (or would expand, through its shared references, far past what was sent).
 */
export function jsonInputProblem(text: string, isBatch: boolean): RequestProblem | null {
  if (jsonDepth(text) > requestLimits.jsonDepth) return problems.tooDeep();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return problems.badJson();
  }
  if (hasForbiddenStrings(parsed)) return problems.forbiddenCharacters();
  const envelopes = isBatch && isObject(parsed) ? Object.values(parsed) : [parsed];
  const budget = text.length + 1000;
  for (const envelope of envelopes) {
    try {
      const value = superjson.deserialize(envelope as Parameters<typeof superjson.deserialize>[0]);
      if (!withinExpansion(value, budget)) return problems.tooDeep();
    } catch {
      return problems.badJson();
    }
  }
  return null;
}

/** The deepest nesting of arrays and objects in JSON text, counted without parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Any key or string value with NUL or an unpaired surrogate (the input is already depth-bounded). */
function hasForbiddenStrings(value: unknown): boolean {
  if (typeof value === "string") return hasForbiddenCharacters(value);
  if (Array.isArray(value)) return value.some(hasForbiddenStrings);
  if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) {
      if (hasForbiddenCharacters(key) || hasForbiddenStrings(child)) return true;
    }
  }
  return false;
}

/**
 * Walks what superjson rebuilt, counting nodes as a consumer walking it would (shared references
 * count each time): a cycle or a blow-up through shared references runs out of `budget`.
 */
function withinExpansion(value: unknown, budget: number): boolean {
  let left = budget;
  const walk = (v: unknown, depth: number): boolean => {
    if (--left < 0 || depth > requestLimits.jsonDepth) return false;
    if (v === null || typeof v !== "object") return true;
    const children =
      v instanceof Map ? [...v.keys(), ...v.values()] : v instanceof Set ? [...v] : Object.values(v);
    return children.every((child) => walk(child, depth + 1));
  };
  return walk(value, 0);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isJson(contentType: string | null): boolean {
  return contentType?.split(";", 1)[0]?.trim().toLowerCase() === "application/json";
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.floor(bytes / (1024 * 1024))}MB` : `${Math.floor(bytes / 1024)}KB`;
}
