import { ArrowDownIcon, ArrowUpIcon } from "lucide-react";

export type Area = { kind: "category" | "criterion"; key: string; label: string; score: number };

function AreaLine({ area, label, up }: { area: Area | null; label: string; up: boolean }) {
  const Icon = up ? ArrowUpIcon : ArrowDownIcon;
  return (
    <div className="grid gap-1">
      <dt className="text-sm text-muted-foreground">{label}</dt>
      <dd className="flex items-center gap-2 font-medium">
        <Icon
          aria-hidden="true"
          className={up ? "size-4 text-success" : "size-4 text-destructive"}
        />
        {area ? (
          <>
            {area.label}
            <span className="text-sm font-normal text-muted-foreground tabular-nums">
              {area.score}/100 · {area.kind === "category" ? "category" : "criterion"}
            </span>
          </>
        ) : (
          <span className="text-muted-foreground">Not enough data yet</span>
        )}
      </dd>
    </div>
  );
}

/** Strongest and weakest areas (categories and criteria alike), with the strength/weakness lists. */
export function AreasCard({
  strongest,
  weakest,
  strengths,
  weaknesses,
}: {
  strongest: Area | null;
  weakest: Area | null;
  strengths: string[];
  weaknesses: string[];
}) {
  return (
    <div className="grid gap-5">
      <dl className="grid gap-4 sm:grid-cols-2">
        <AreaLine area={strongest} label="Strongest area" up />
        <AreaLine area={weakest} label="Weakest area" up={false} />
      </dl>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <h4 className="text-sm font-medium">Strengths (70+)</h4>
          {strengths.length === 0 ? (
            <p className="text-sm text-muted-foreground">None at 70 or above yet.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {strengths.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4 className="text-sm font-medium">To work on (below 70)</h4>
          {weaknesses.length === 0 ? (
            <p className="text-sm text-muted-foreground">Nothing below 70. Raise the difficulty.</p>
          ) : (
            <ul className="mt-1 list-disc pl-5 text-sm">
              {weaknesses.map((s) => (
                <li key={s}>{s}</li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </div>
  );
}
