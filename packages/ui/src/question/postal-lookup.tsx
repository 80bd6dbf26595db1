"use client";

import type { PostalChunkFetcher } from "@kakanai/engine";
import { createContext, type ReactNode, useContext } from "react";

/** What an app gives the address inputs beyond the bundle's own table. */
export interface PostalLookupSettings {
  /** Fetches the national table's chunk for a code's first three digits (the counter: /api/postal/NNN). */
  fetchChunk?: PostalChunkFetcher;
  /** The city the counter serves (e.g. 東雲市): offered as a one-click start of an address in the city. */
  homeCity?: string;
}

const PostalLookupContext = createContext<PostalLookupSettings>({});

export function PostalLookupProvider({
  children,
  ...settings
}: PostalLookupSettings & { children: ReactNode }) {
  return <PostalLookupContext value={settings}>{children}</PostalLookupContext>;
}

export const usePostalLookup = () => useContext(PostalLookupContext);
