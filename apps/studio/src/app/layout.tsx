import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/trpc/trpc-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: "かかない スタジオ",
  description: "書かない窓口のフロー・手続き・様式を編集して公開します。",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Reading the request makes every page render per request, which the CSP nonce (proxy.ts) needs.
  await headers();
  return (
    <html lang="ja">
      <body>
        <TrpcProvider>{children}</TrpcProvider>
      </body>
    </html>
  );
}
