import type { Metadata } from "next";
import { InterviewScreen } from "@/interview/interview-screen";

export const metadata: Metadata = { title: "聞き取り" };

export default async function InterviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return <InterviewScreen sessionId={sessionId} />;
}
