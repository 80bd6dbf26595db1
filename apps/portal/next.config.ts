import { securityHeaders } from "@kakanai/api/security-headers";
import type { NextConfig } from "next";

/*
 * The public pre-application portal: the one app meant to face the internet. Pages get their
 * Content-Security-Policy (with a per-request script nonce) from proxy.ts; the headers of
 * securityHeaders apply everywhere (no camera, no location), API responses refuse everything.
 */
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
    return securityHeaders({ camera: "none" });
  },
};

export default config;
