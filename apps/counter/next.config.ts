import { securityHeaders } from "@kakanai/api/security-headers";
import type { NextConfig } from "next";

/*
 * Pages get their Content-Security-Policy (with a per-request script nonce) from proxy.ts. The headers
 * of securityHeaders apply everywhere (the camera for this origin only: the QR reader); API responses
 * (JSON, PDFs) additionally refuse everything, framing included.
 */
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
      ...securityHeaders({ camera: "self" }),
      // The national postal table's chunks: the same for everyone until the next build.
      { source: "/api/postal/:prefix", headers: [{ key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

export default config;
