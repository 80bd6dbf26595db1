import type { NextConfig } from "next";

/**
 * The studio edits what every counter will run, so it is never framed (clickjacking a publish
 * button) and never leaks its URLs (flow ids) to other sites. Pages get their full
 * Content-Security-Policy (script nonce) from src/proxy.ts, which replaces this frame-only one.
 */
const securityHeaders = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Workspace packages ship TypeScript sources, so Next compiles them.
  transpilePackages: ["@kakanai/api", "@kakanai/ui", "@kakanai/engine", "@kakanai/pdf", "@kakanai/db"],
  // Native/wasm and large server-only libraries stay out of the bundle and load from node_modules.
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
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

export default nextConfig;
