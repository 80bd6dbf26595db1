import type { NextConfig } from "next";

/*
 * The public pre-application portal: the one app meant to face the internet. Pages get their
 * Content-Security-Policy (with a per-request script nonce) from proxy.ts; these headers apply
 * everywhere, and API responses additionally refuse to be framed. No camera, no location.
 */
const securityHeaders = [
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];

const config: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  transpilePackages: ["@kakanai/api", "@kakanai/ui", "@kakanai/engine", "@kakanai/pdf", "@kakanai/db"],
  // The api package's index reaches the PDF modules too (never called here): keep them real packages.
  serverExternalPackages: [
    "postgres",
    "@pdfme/generator",
    "@pdfme/common",
    "@pdfme/schemas",
    "@pdfme/pdf-lib",
    "@expo-google-fonts/noto-sans-jp",
    "piscina",
  ],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
};

export default config;
