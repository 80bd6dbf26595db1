"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useTRPC } from "@/trpc/client";

export function useLogout() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // Drop every cached resident's data from memory before leaving the screen.
      onSettled: () => {
        queryClient.clear();
        router.replace("/login");
      },
    }),
  );
}
