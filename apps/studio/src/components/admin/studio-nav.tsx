"use client";
import { cn } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/trpc/react";

const links = [
  {
    href: "/",
    label: "フロー一覧",
    roles: ["dept_admin", "publisher", "system_admin"],
    current: (path: string) => path === "/" || path.startsWith("/flows"),
  },
  {
    href: "/stats",
    label: "統計",
    roles: ["dept_admin", "system_admin"],
    current: (path: string) => path.startsWith("/stats"),
  },
  {
    href: "/admin",
    label: "職員・部署",
    roles: ["system_admin"],
    current: (path: string) => path.startsWith("/admin"),
  },
  {
    href: "/audit",
    label: "監査ログ",
    roles: ["system_admin"],
    current: (path: string) => path.startsWith("/audit"),
  },
];

/** The studio's sections this person may use; shown when there is more than the flow list. */
export function StudioNav() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const pathname = usePathname();
  const mine = links.filter((l) => l.roles.some((r) => me.data?.roles.includes(r as never)));
  if (mine.length < 2) return null;
  return (
    <nav aria-label="スタジオのメニュー" className="mb-6 border-b border-solid-gray-420">
      <ul className="flex flex-wrap gap-1">
        {mine.map((link) => {
          const current = link.current(pathname);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={cn(
                  "inline-block border-b-4 px-4 py-2 font-bold no-underline hover:underline",
                  current ? "border-blue-900 text-blue-900" : "border-transparent text-solid-gray-800",
                )}
              >
                {link.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
