import { Button } from "./button";

/** The header's ログアウト button; the app does the logging out (AppHeader's `logout` slot). */
export function LogoutButton({ onLogout, pending = false }: { onLogout: () => void; pending?: boolean }) {
  return (
    <Button variant="secondary" size="sm" onClick={() => onLogout()} disabled={pending}>
      ログアウト
    </Button>
  );
}

/** The header's account actions: パスワード変更 (the app's own page) and ログアウト. */
export function AccountActions({
  onLogout,
  pending = false,
  passwordHref = "/password",
}: {
  onLogout: () => void;
  pending?: boolean;
  passwordHref?: string;
}) {
  return (
    <>
      <a href={passwordHref} className="font-bold">
        パスワード変更
      </a>
      <LogoutButton onLogout={onLogout} pending={pending} />
    </>
  );
}
