import type { ReactNode } from "react";
import { StudioNav } from "@/components/admin/studio-nav";
import { AuthGate } from "@/components/auth/auth-gate";

export default function StudioLayout({ children }: { children: ReactNode }) {
  return (
    <AuthGate>
      <StudioNav />
      {children}
    </AuthGate>
  );
}
