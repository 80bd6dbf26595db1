import type { Metadata } from "next";
import { InterviewScreen } from "@/interview/interview-screen";
import { CounterPostalLookup } from "@/postal/counter-postal-lookup";

export const metadata: Metadata = { title: "聞き取り" };

export default async function InterviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  return (
    <CounterPostalLookup>
      <InterviewScreen sessionId={sessionId} />
    </CounterPostalLookup>
  );
}
