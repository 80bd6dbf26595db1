import { PreApplyScreen } from "@/apply/pre-apply-screen";

export const metadata = { title: "入力" };

export default async function ApplyPage({ params }: { params: Promise<{ bundleId: string }> }) {
  const { bundleId } = await params;
  return <PreApplyScreen bundleId={bundleId} />;
}
