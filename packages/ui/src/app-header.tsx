import type { ReactNode } from "react";

export interface AppHeaderProps {
  /** Product area name, e.g. 「窓口」 or 「スタジオ」. */
  appName: string;
  municipality?: string | null;
  /** Logged-in user's name; omitted before login. */
  userName?: string | null;
  departmentName?: string | null;
  /** A logout button/form supplied by the app (the ui package does no data fetching). */
  logout?: ReactNode;
  /** Where the app name links to. */
  homeHref?: string;
  /** Navigation links shown after the app name. */
  nav?: ReactNode;
}

export function AppHeader({
  appName,
  municipality,
  userName,
  departmentName,
  logout,
  homeHref = "/",
  nav,
}: AppHeaderProps) {
  return (
    <header className="border-b-4 border-blue-900 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2"
      >
        本文へ移動
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <div className="flex flex-wrap items-center gap-x-6 gap-y-1">
          <a
            href={homeHref}
            className="flex items-baseline gap-2 text-solid-gray-900 no-underline hover:text-blue-1000"
          >
            <span className="text-xl font-bold">書かない窓口</span>
            <span className="text-base font-bold text-blue-900">{appName}</span>
          </a>
          {municipality && <span className="text-sm text-solid-gray-700">{municipality}</span>}
          {nav && <nav aria-label="メニュー">{nav}</nav>}
        </div>
        {userName && (
          <div className="flex flex-wrap items-center gap-3 text-sm">
            <span>
              {departmentName && <span className="text-solid-gray-700">{departmentName}　</span>}
              <span className="font-bold">{userName}</span>
              <span className="text-solid-gray-700"> さん</span>
            </span>
            {logout}
          </div>
        )}
      </div>
    </header>
  );
}
