import { AuditScreen } from "@/components/admin/audit-screen";

export default function AuditPage() {
  return <AuditScreen />;
}
