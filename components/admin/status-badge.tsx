import { Badge } from "@/components/ui/badge";

const VARIANT: Record<string, "success" | "warning" | "destructive" | "outline" | "secondary"> = {
  active: "success",
  approved: "success",
  pending_moderation: "warning",
  pending_verification: "warning",
  flagged: "warning",
  suspended: "destructive",
  rejected: "destructive",
  deleted: "outline",
};

export function StatusBadge({ status }: { status: string }) {
  return <Badge variant={VARIANT[status] ?? "secondary"}>{status.replaceAll("_", " ")}</Badge>;
}
