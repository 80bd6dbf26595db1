import { FlowEditor } from "@/components/editor/flow-editor";

export default async function FlowEditorPage({
  params,
  searchParams,
}: {
  params: Promise<{ flowId: string }>;
  searchParams: Promise<{ tab?: string }>;
}) {
  const { flowId } = await params;
  // ?tab=publish opens the 公開 tab (the publishers' list of publish requests links there).
  const { tab } = await searchParams;
  return <FlowEditor flowId={flowId} initialSection={tab === "publish" ? "publish" : "questions"} />;
}
