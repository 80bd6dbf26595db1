import { StatsScreen } from "@/components/stats/stats-screen";

export default function StatsPage() {
  return <StatsScreen />;
}
