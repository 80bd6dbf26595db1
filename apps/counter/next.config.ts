import type { NextConfig } from "next";

/*
 * Pages get their Content-Security-Policy (with a per-request script nonce) from proxy.ts. These
 * headers apply everywhere; API responses (JSON, PDFs) additionally refuse to be framed.
 */
const securityHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@kakanai/api", "@kakanai/ui", "@kakanai/engine", "@kakanai/pdf", "@kakanai/db"],
  serverExternalPackages: [
    "postgres",
    "@pdfme/generator",
    "@pdfme/common",
    "@pdfme/schemas",
    "@pdfme/pdf-lib",
    "@expo-google-fonts/noto-sans-jp",
    // The PDF worker pool: piscina starts its workers from its own files, so it must stay a real package.
    "piscina",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
      // The national postal table's chunks: the same for everyone until the next build.
      { source: "/api/postal/:prefix", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

export default config;
