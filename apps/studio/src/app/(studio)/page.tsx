import { FlowList } from "@/components/flows/flow-list";

export default function FlowListPage() {
  return <FlowList />;
}
