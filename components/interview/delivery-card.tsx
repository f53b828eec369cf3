import { AlertTriangleIcon, CheckCircle2Icon } from "lucide-react";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import type { DeliveryReport, Pace } from "@/lib/validations/delivery";
import {
  disfluencyText,
  lengthText,
  pausesText,
  paceText,
  type MeasureText,
  type Tone,
} from "./delivery-text";

const TONE_CLASS: Record<Tone, string> = {
  good: "text-success",
  warn: "text-warning",
  bad: "text-destructive",
  neutral: "text-muted-foreground",
};

function ToneIcon({ tone }: { tone: Tone }) {
  if (tone === "neutral") return null;
  const Icon = tone === "good" ? CheckCircle2Icon : AlertTriangleIcon;
  return <Icon aria-hidden="true" className={cn("size-3.5 shrink-0", TONE_CLASS[tone])} />;
}

function Measure({
  label,
  text,
  children,
}: {
  label: string;
  text: MeasureText;
  children?: React.ReactNode;
}) {
  return (
    <div className="min-w-0 rounded-md border p-3">
      <dt className="text-xs font-semibold tracking-wide text-muted-foreground uppercase">
        {label}
      </dt>
      <dd className="mt-1 flex items-center gap-1.5 text-lg font-semibold tabular-nums">
        <ToneIcon tone={text.tone} />
        {text.value}
      </dd>
      {children}
      <dd className="mt-1 text-xs text-muted-foreground">{text.note}</dd>
    </div>
  );
}

// The scale the pace bar shows, in words per minute.
const SCALE = { min: 80, max: 220 };
const at = (wpm: number) =>
  `${(100 * (Math.min(SCALE.max, Math.max(SCALE.min, wpm)) - SCALE.min)) / (SCALE.max - SCALE.min)}%`;

/** Where the pace sits against the 130–160 band (decorative: the text says the same). */
function PaceBar({ pace }: { pace: Extract<Pace, { measured: true }> }) {
  return (
    <dd aria-hidden="true" className="relative mt-2 h-1.5 rounded-full bg-muted">
      <span
        className="absolute inset-y-0 rounded-full bg-success/40"
        style={{ left: at(pace.band.min), right: `calc(100% - ${at(pace.band.max)})` }}
      />
      <span
        className="absolute top-1/2 size-2.5 -translate-x-1/2 -translate-y-1/2 rounded-full border-2 border-background bg-foreground"
        style={{ left: at(pace.wordsPerMinute) }}
      />
    </dd>
  );
}

/** One answer's delivery: pace, fillers, hedges, long pauses and length against the limit. */
export function DeliveryCard({
  report,
  className,
  headingLevel: Heading = "h3",
}: {
  report: DeliveryReport;
  className?: string;
  /** The card's heading level where it sits in the page's outline. */
  headingLevel?: "h2" | "h3" | "h4";
}) {
  const typed = report.mode === "typed";
  return (
    <Card className={cn("gap-4 py-4", className)}>
      <CardHeader className="px-4">
        <CardTitle asChild>
          <Heading className="text-base">Delivery</Heading>
        </CardTitle>
        <CardDescription>
          {typed
            ? "From your typed answer: rates are per minute as if read aloud."
            : "From your recording."}
        </CardDescription>
      </CardHeader>
      <CardContent className="px-4">
        <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2 lg:grid-cols-3">
          <Measure label="Pace" text={paceText(report.pace)}>
            {report.pace.measured ? <PaceBar pace={report.pace} /> : null}
          </Measure>
          <Measure label="Filler words" text={disfluencyText(report.fillers, "fillers", typed)} />
          <Measure label="Hedges" text={disfluencyText(report.hedges, "hedges", typed)} />
          <Measure label="Long pauses" text={pausesText(report.pauses)} />
          <Measure label="Length" text={lengthText(report.length, typed)} />
        </dl>
      </CardContent>
    </Card>
  );
}
