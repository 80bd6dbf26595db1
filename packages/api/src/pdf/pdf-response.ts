import type { Db } from "@kakanai/db";
import { PdfPoolBusy } from "@kakanai/pdf";
import type { AuthUser } from "../auth-user";
import { BundleTampered } from "../bundle-integrity";
import { DomainError, type DomainErrorKind } from "../domain-error";
import { checklistPdf } from "./checklist-pdf";
import { departmentPdf } from "./department-pdf";
import { okuyamiFormsPdf } from "./okuyami-forms-pdf";
import { slipPdf } from "./slip-pdf";
import { todokePdf } from "./todoke-pdf";

export type PdfKind = "todoke" | "slip" | "department" | "checklist" | "okuyami-forms";

const bySession = {
  slip: slipPdf,
  todoke: todokePdf,
  checklist: checklistPdf,
  "okuyami-forms": okuyamiFormsPdf,
} as const;

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const statusOf: Record<DomainErrorKind, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  TOO_MANY_REQUESTS: 429,
};

/**
 * GET /api/pdf/<kind>?session=… | ?link=… → application/pdf, or a Japanese plain-text error (503 with
 * Retry-After when the PDF pool is full).
 */
export async function pdfResponse(
  db: Db,
  params: { kind: PdfKind; user: AuthUser | null; url: URL },
): Promise<Response> {
  try {
    const id = params.url.searchParams.get(params.kind === "department" ? "link" : "session") ?? "";
    if (!uuidPattern.test(id)) throw new DomainError("BAD_REQUEST", "印刷する受付が指定されていません。");
    const bytes =
      params.kind === "department"
        ? await departmentPdf(db, { user: params.user, linkId: id })
        : await bySession[params.kind](db, { user: params.user, sessionId: id });
    return new Response(new Blob([new Uint8Array(bytes)]), {
      headers: {
        "Content-Type": "application/pdf",
        "Cache-Control": "no-store",
        "Content-Disposition": "inline",
      },
    });
  } catch (error) {
    if (error instanceof DomainError) return text(statusOf[error.kind], error.message);
    // Every print worker is busy and the queue is full: say so now rather than keep the clerk waiting.
    if (error instanceof PdfPoolBusy)
      return text(503, error.message, { "Retry-After": String(error.retryAfterSeconds) });
    if (error instanceof BundleTampered) return text(500, error.message);
    console.error(`pdf ${params.kind} failed`, error instanceof Error ? error.name : "unknown");
    return text(500, "PDFを作成できませんでした。しばらくしてからもう一度お試しください。");
  }
}

function text(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(message, {
    status,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", ...headers },
  });
}
