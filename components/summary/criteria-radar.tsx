import { CRITERIA, type CriteriaByKey } from "@/lib/evaluations/criteria";

// The plot's own coordinates; the SVG scales to its box. Labels need room outside the outer ring.
const SIZE = 320;
const CENTER = SIZE / 2;
// Room beside the ring for the side labels ("Clarity", "Accuracy") at 12 px; the top and bottom
// ones are centred on their axis.
const RADIUS = 92;
const LABEL_GAP = 8;
const LINE = 14;
const RINGS = [25, 50, 75, 100] as const;

/** Where a score (0–100) on the axis of criterion `index` of `count` lies; the first axis points up. */
export function radarPoint(index: number, count: number, score: number, radius = RADIUS) {
  const angle = -Math.PI / 2 + (2 * Math.PI * index) / count;
  const r = (Math.min(100, Math.max(0, score)) / 100) * radius;
  return { x: CENTER + r * Math.cos(angle), y: CENTER + r * Math.sin(angle) };
}

function polygon(scores: readonly number[]) {
  return scores
    .map((s, i) => radarPoint(i, scores.length, s))
    .map(({ x, y }) => `${x.toFixed(1)},${y.toFixed(1)}`)
    .join(" ");
}

function labelAnchor(x: number): "start" | "middle" | "end" {
  if (Math.abs(x - CENTER) < 1) return "middle";
  return x > CENTER ? "start" : "end";
}

/** A label is two lines (name, score): above the ring at the top, centred beside it at the sides. */
function labelShift(y: number): number {
  if (y < CENTER - 1) return -LINE;
  return Math.abs(y - CENTER) < 1 ? -LINE / 2 : 0;
}

/**
 * Radar of the four criteria, drawn as plain SVG with the page: it is in view on a phone when the
 * summary opens, and a chart library there cost the first load a long task (recharts' module and
 * its render). `summaryId` points at the visible text equivalent.
 */
export function CriteriaRadar({
  criteria,
  summaryId,
}: {
  criteria: CriteriaByKey;
  summaryId?: string;
}) {
  const scores = CRITERIA.map((c) => criteria[c.key]);
  const spoken = CRITERIA.map((c) => `${c.label} ${criteria[c.key]}`).join(", ");
  return (
    <div
      role="img"
      aria-label={`Radar chart of criteria scores out of 100: ${spoken}`}
      aria-describedby={summaryId}
      className="mx-auto aspect-square w-full max-w-80"
    >
      <svg viewBox={`0 0 ${SIZE} ${SIZE}`} className="size-full" aria-hidden="true">
        <g fill="none" stroke="var(--border)" strokeWidth={1}>
          {RINGS.map((ring) => (
            <polygon key={ring} points={polygon(scores.map(() => ring))} />
          ))}
          {scores.map((_, i) => {
            const end = radarPoint(i, scores.length, 100);
            return <line key={i} x1={CENTER} y1={CENTER} x2={end.x} y2={end.y} />;
          })}
        </g>
        <polygon
          data-testid="radar-scores"
          points={polygon(scores)}
          fill="var(--chart-1)"
          fillOpacity={0.3}
          stroke="var(--chart-1)"
          strokeWidth={2}
          strokeLinejoin="round"
        />
        {CRITERIA.map((c, i) => {
          const dot = radarPoint(i, scores.length, criteria[c.key]);
          const label = radarPoint(i, scores.length, 100, RADIUS + LABEL_GAP);
          return (
            <g key={c.key}>
              <circle cx={dot.x} cy={dot.y} r={3.5} fill="var(--chart-1)" />
              <text
                x={label.x}
                y={label.y + labelShift(label.y)}
                textAnchor={labelAnchor(label.x)}
                dominantBaseline="middle"
                fontSize={12}
                fill="var(--muted-foreground)"
              >
                {c.shortLabel}
                <tspan x={label.x} dy={LINE} fontWeight={600} fill="var(--foreground)">
                  {criteria[c.key]}
                </tspan>
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
