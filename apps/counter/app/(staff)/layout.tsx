import type { ReactNode } from "react";
import { StaffShell } from "@/auth/staff-shell";
import { idleLockMinutes } from "@/env";

export default function StaffLayout({ children }: { children: ReactNode }) {
  return <StaffShell idleLockMinutes={idleLockMinutes()}>{children}</StaffShell>;
}
