import { PageTitle } from "@kakanai/ui";
import { PasswordChange } from "@/components/auth/password-change";

export const metadata = { title: "パスワードの変更 | かかない スタジオ" };

export default function PasswordPage() {
  return (
    <>
      <PageTitle lead="変更すると、ほかの端末やブラウザでのログインはすべて終了します。">
        パスワードの変更
      </PageTitle>
      <PasswordChange />
    </>
  );
}
