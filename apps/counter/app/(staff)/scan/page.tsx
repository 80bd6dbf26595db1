import type { Metadata } from "next";
import { ScanScreen } from "@/scan/scan-screen";

export const metadata: Metadata = { title: "QR読み取り" };

export default function ScanPage() {
  return <ScanScreen />;
}
