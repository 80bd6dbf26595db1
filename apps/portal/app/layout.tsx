import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { Providers } from "@/trpc/provider";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "来庁前の事前入力", template: "%s｜来庁前の事前入力" },
  robots: { index: false, follow: false },
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce (proxy.ts) needs.
  await headers();
  return (
    <html lang="ja">
      <body className="bg-solid-gray-50">
        <header className="border-b border-solid-gray-200 bg-white">
          <div className="mx-auto max-w-xl px-4 py-3">
            <p className="font-bold text-solid-gray-900">来庁前の事前入力</p>
          </div>
        </header>
        <main className="mx-auto max-w-xl px-4 py-6">
          <Providers>{children}</Providers>
        </main>
      </body>
    </html>
  );
}
