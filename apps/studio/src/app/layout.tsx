import type { Metadata } from "next";
import type { ReactNode } from "react";
import { TrpcProvider } from "@/trpc/trpc-provider";
import "./globals.css";

export const metadata: Metadata = {
  title: "かかない スタジオ",
  description: "書かない窓口のフロー・手続き・様式を編集して公開します。",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ja">
      <body>
        <TrpcProvider>{children}</TrpcProvider>
      </body>
    </html>
  );
}
