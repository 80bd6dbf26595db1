"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/trpc/client";

/** The logged-in staff member (null when logged out); cached for the whole page. */
export function useMe() {
  const trpc = useTRPC();
  return useQuery(trpc.auth.me.queryOptions(undefined, { staleTime: 60_000 }));
}

/** Roles that may run interviews at the counter (the api checks the same on every call). */
const COUNTER_ROLES = ["counter_clerk", "bereavement_clerk", "system_admin"];

export function canRunCounter(roles: readonly string[]): boolean {
  return roles.some((r) => COUNTER_ROLES.includes(r));
}
