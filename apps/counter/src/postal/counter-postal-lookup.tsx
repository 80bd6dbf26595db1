"use client";

import { PostalLookupProvider } from "@kakanai/ui";
import type { ReactNode } from "react";
import { useMe } from "@/auth/use-me";

/** One request per three-digit prefix for the life of the page; a failed one is asked again next time. */
const chunks = new Map<string, Promise<unknown>>();

function fetchChunk(prefix: string): Promise<unknown> {
  let chunk = chunks.get(prefix);
  if (!chunk) {
    chunk = fetch(`/api/postal/${encodeURIComponent(prefix)}`).then((response) => {
      if (response.status === 404) return null;
      if (!response.ok) throw new Error(`postal chunk ${prefix}: ${response.status}`);
      return response.json();
    });
    chunk.catch(() => chunks.delete(prefix));
    chunks.set(prefix, chunk);
  }
  return chunk;
}

/** The interview's address inputs: the national postal table, and the city's own name to start from. */
export function CounterPostalLookup({ children }: { children: ReactNode }) {
  const me = useMe();
  return (
    <PostalLookupProvider fetchChunk={fetchChunk} homeCity={me.data?.municipalityName}>
      {children}
    </PostalLookupProvider>
  );
}
