import type { Metadata } from "next";
import { formatUtc } from "@/components/admin/format";
import { requireAdminPage } from "@/lib/admin/require-admin";
import { allFlags } from "@/lib/flags/service";
import { FlagForm } from "./flag-form";

export const metadata: Metadata = { title: "Feature flags · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminFlagsPage() {
  await requireAdminPage("/admin/flags");
  const flags = [...(await allFlags()).values()];
  return (
    <section className="grid gap-4" aria-labelledby="flags-heading">
      <div>
        <h2 id="flags-heading" className="text-lg font-semibold">
          Feature flags
        </h2>
        <p className="text-sm text-muted-foreground">
          A user gets a feature when it is enabled and they are on its allow-list or inside its
          rollout (a stable hash of the flag and their id, so raising the percentage only adds
          users). Changes apply without a restart: at once here, within seconds on other instances.
        </p>
      </div>
      <ul className="grid gap-3">
        {flags.map((f) => (
          <li key={f.name} className="grid gap-1">
            <FlagForm flag={f} />
            <p className="px-1 text-xs text-muted-foreground">
              {f.stored ? `Changed ${formatUtc(f.updatedAt)}` : "Default (never changed)"}
            </p>
          </li>
        ))}
      </ul>
      <h3 className="font-semibold">New flag</h3>
      <FlagForm />
    </section>
  );
}
