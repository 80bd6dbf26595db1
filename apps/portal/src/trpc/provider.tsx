"use client";

import type { PortalRouter } from "@kakanai/api";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { createTRPCClient, httpBatchLink, TRPCClientError } from "@trpc/client";
import { type ReactNode, useState } from "react";
import superjson from "superjson";
import { TRPCProvider } from "./client";

/** The server words its refusals in Japanese; a lost connection gets our own words. */
export function errorMessage(error: unknown): string {
  if (error instanceof TRPCClientError && (error.data as { code?: unknown } | undefined)?.code)
    return error.message;
  return "サーバーに接続できませんでした。通信状況を確かめて、もう一度お試しください。";
}

export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { refetchOnWindowFocus: false, retry: 1 }, mutations: { retry: false } },
      }),
  );
  const [trpcClient] = useState(() =>
    createTRPCClient<PortalRouter>({ links: [httpBatchLink({ url: "/api/trpc", transformer: superjson })] }),
  );
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        {children}
      </TRPCProvider>
    </QueryClientProvider>
  );
}
