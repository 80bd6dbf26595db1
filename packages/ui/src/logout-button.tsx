import { Button } from "./button";

/** The header's ログアウト button; the app does the logging out (AppHeader's `logout` slot). */
export function LogoutButton({ onLogout, pending = false }: { onLogout: () => void; pending?: boolean }) {
  return (
    <Button variant="secondary" size="sm" onClick={() => onLogout()} disabled={pending}>
      ログアウト
    </Button>
  );
}
