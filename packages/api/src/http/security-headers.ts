/**
 * The response headers every page and API answer of an app carries (next.config.ts `headers()`):
 * no framing, no referrer, no MIME sniffing, and only the devices the app needs. Pages get their
 * Content-Security-Policy with a per-request nonce from proxy.ts (page-csp.ts); API answers refuse
 * everything. Plain data with no imports, so Next's config loader can load it.
 */
export function securityHeaders(params: { camera: "self" | "none" }) {
  const everywhere = [
    { key: "Referrer-Policy", value: "no-referrer" },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "X-Frame-Options", value: "DENY" },
    {
      key: "Permissions-Policy",
      value: `camera=(${params.camera === "self" ? "self" : ""}), microphone=(), geolocation=()`,
    },
  ];
  return [
    { source: "/:path*", headers: everywhere },
    {
      source: "/api/:path*",
      headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
    },
  ];
}
