import type { Metadata } from "next";
import { HomeScreen } from "@/home/home-screen";

export const metadata: Metadata = { title: "ホーム" };

export default function HomePage() {
  return <HomeScreen />;
}
