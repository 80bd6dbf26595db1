"use client";
import { cn } from "@kakanai/ui";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useTRPC } from "@/trpc/react";

const links = [
  { href: "/", label: "フロー一覧", current: (path: string) => path === "/" || path.startsWith("/flows") },
  { href: "/admin", label: "職員・部署", current: (path: string) => path.startsWith("/admin") },
  { href: "/audit", label: "監査ログ", current: (path: string) => path.startsWith("/audit") },
];

/** The studio's sections. Only a system admin has more than one (職員・部署, 監査ログ), so only they see it. */
export function StudioNav() {
  const trpc = useTRPC();
  const me = useQuery(trpc.auth.me.queryOptions());
  const pathname = usePathname();
  if (!me.data?.roles.includes("system_admin")) return null;
  return (
    <nav aria-label="スタジオのメニュー" className="mb-6 border-b border-solid-gray-420">
      <ul className="flex flex-wrap gap-1">
        {links.map((link) => {
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
