/**
 * The Content-Security-Policy both apps' proxy.ts give every page: scripts only from this origin and
 * with this request's nonce (Next puts it on its own scripts), never 'unsafe-inline' or 'unsafe-eval'
 * (`next dev` alone adds eval for React's dev tools and the HMR socket). `extra` adds directives an
 * app needs (the studio: pdf.js's blob: worker and the PDF preview's blob: frame).
 */
export function pageCsp(opts: {
  development: boolean;
  /**
   * 'wasm-unsafe-eval': lets the page compile WebAssembly (the counter's camera QR reader, whose .wasm
   * the app serves itself from 'self'). It allows no JavaScript eval and no inline script.
   */
  wasm?: boolean;
  extra?: readonly string[];
  /** Further connect-src sources (the studio: data: and blob: URLs pdf.js and the preview fetch). */
  connect?: string;
}): { nonce: string; csp: string } {
  const nonce = btoa(crypto.randomUUID());
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.wasm ? " 'wasm-unsafe-eval'" : ""}${opts.development ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (a progress bar's width, pdfme, tiptap) cannot run code; scripts can.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${opts.connect ? ` ${opts.connect}` : ""}${opts.development ? " ws: wss:" : ""}`,
    ...(opts.extra ?? []),
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  return { nonce, csp };
}

/** The request headers a page renders with: Next reads the nonce from the policy it finds there. */
export function requestHeadersWithCsp(headers: Headers, page: { nonce: string; csp: string }): Headers {
  const next = new Headers(headers);
  next.set("x-nonce", page.nonce);
  next.set("Content-Security-Policy", page.csp);
  return next;
}
