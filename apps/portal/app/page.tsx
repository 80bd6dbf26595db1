import { FlowList } from "@/apply/flow-list";

export default function Home() {
  return <FlowList />;
}
