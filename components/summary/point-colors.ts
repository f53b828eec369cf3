/**
 * One colour per expected point, shared by the answer's highlights and the checklist's quotes, so
 * a candidate sees which words covered which point (the number says it too: colour is never the
 * only signal). Full class names, for Tailwind to find.
 */
const POINT_COLORS = [
  { mark: "bg-chart-1/20 dark:bg-chart-1/30", border: "border-chart-1" },
  { mark: "bg-chart-2/20 dark:bg-chart-2/30", border: "border-chart-2" },
  { mark: "bg-chart-3/25 dark:bg-chart-3/30", border: "border-chart-3" },
  { mark: "bg-chart-4/25 dark:bg-chart-4/30", border: "border-chart-4" },
  { mark: "bg-chart-5/20 dark:bg-chart-5/30", border: "border-chart-5" },
] as const;

/** The colours of expected point `number` (1-based). */
export function pointColor(number: number): (typeof POINT_COLORS)[number] {
  return POINT_COLORS[(Math.max(1, number) - 1) % POINT_COLORS.length]!;
}
