import { AppHeader } from "@kakanai/ui";
import type { Metadata } from "next";
import { StaffLogin } from "@/auth/staff-login";

export const metadata: Metadata = { title: "ログイン" };

export default function LoginPage() {
  return (
    <>
      <AppHeader appName="窓口" />
      <main id="main" className="mx-auto max-w-md px-4 py-10">
        <StaffLogin />
      </main>
    </>
  );
}
