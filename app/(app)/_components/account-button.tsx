import { UserIcon } from "lucide-react";
import { Button } from "@/components/ui/button";

export type AccountUser = { name: string; email: string };

function initials(name: string) {
  const parts = name.trim().split(/\s+/).filter(Boolean);
  return (
    (parts[0]?.[0] ?? "") + (parts.length > 1 ? (parts.at(-1)?.[0] ?? "") : "")
  ).toUpperCase();
}

/** The account menu's button: the user's initials, named by hidden text. */
export function AccountButton({
  user,
  ...props
}: { user: AccountUser } & React.ComponentProps<typeof Button>) {
  return (
    <Button type="button" variant="ghost" size="icon" {...props}>
      {/* Named by hidden text, not aria-label: the visible initials are not that name. */}
      <span className="sr-only">Account menu for {user.name}</span>
      <span
        aria-hidden="true"
        className="flex size-8 items-center justify-center rounded-full bg-primary text-xs font-semibold text-primary-foreground"
      >
        {initials(user.name) || <UserIcon className="size-4" />}
      </span>
    </Button>
  );
}
