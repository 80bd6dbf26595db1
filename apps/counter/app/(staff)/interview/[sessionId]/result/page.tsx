import type { Metadata } from "next";
import { ResultScreen } from "@/result/result-screen";

export const metadata: Metadata = { title: "判定結果" };

export default async function ResultPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <ResultScreen sessionId={sessionId} />;
}
