import { FirstStart } from "@/components/setup/first-start";

export const metadata = { title: "初期設定 | かかない スタジオ" };

export default function SetupPage() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16">
      <p className="text-lg font-bold">
        書かない窓口 <span className="text-blue-900">スタジオ</span>
      </p>
      <h1 className="mt-2 text-[1.75rem] font-bold">初期設定</h1>
      <FirstStart />
    </main>
  );
}
