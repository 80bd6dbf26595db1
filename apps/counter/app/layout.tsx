import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/trpc/provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "書かない窓口", template: "%s｜書かない窓口" },
  robots: { index: false, follow: false },
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce (proxy.ts) needs.
  await headers();
  return (
    <html lang="ja">
      <body className="bg-solid-gray-50">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
