import type { Metadata } from "next";
import { PasswordChange } from "@/auth/password-change";

export const metadata: Metadata = { title: "パスワードの変更" };

export default function PasswordPage() {
  return <PasswordChange />;
}
