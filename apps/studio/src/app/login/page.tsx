import { StaffLogin } from "@/components/auth/staff-login";
import { SetupNotice } from "@/components/setup/setup-notice";

export const metadata = { title: "ログイン | かかない スタジオ" };

export default function LoginPage() {
  return (
    <main id="main" className="mx-auto max-w-md px-4 py-16">
      <p className="text-lg font-bold">
        書かない窓口 <span className="text-blue-900">スタジオ</span>
      </p>
      <h1 className="mt-2 text-[1.75rem] font-bold">ログイン</h1>
      <p className="mt-2 text-solid-gray-700">フローや手続きを編集する職員のための画面です。</p>
      <SetupNotice />
      <StaffLogin />
    </main>
  );
}
