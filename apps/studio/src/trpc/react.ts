"use client";
import type { AppRouter } from "@kakanai/api";
import { createTRPCContext } from "@trpc/tanstack-react-query";

/** Typed hooks over the shared appRouter; the provider lives in trpc-provider.tsx. */
export const { TRPCProvider, useTRPC, useTRPCClient } = createTRPCContext<AppRouter>();
