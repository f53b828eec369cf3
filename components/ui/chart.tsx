"use client";

import * as React from "react";
import { ResponsiveContainer, Tooltip, type TooltipPayloadEntry } from "recharts";

import { cn } from "@/lib/utils";
import { ChartSlotContext } from "./chart-slot";

// What recharts draws at before it has measured a chart that is not in a sized ChartSlot.
const DEFAULT_SIZE = { width: 320, height: 180 };

/**
 * Series config keyed by dataKey. `color` is any CSS colour (defaults to var(--chart-N) in key
 * order); each key becomes a `--color-<key>` CSS variable, so series use `fill="var(--color-score)"`.
 */
type ChartConfig = Record<string, { label?: React.ReactNode; color?: string }>;

const ChartContext = React.createContext<ChartConfig | null>(null);

function useChartConfig(): ChartConfig {
  const config = React.useContext(ChartContext);
  if (!config) throw new Error("useChartConfig must be used within a <ChartContainer />");
  return config;
}

type ChartContainerProps = Omit<React.ComponentProps<"div">, "children"> & {
  config: ChartConfig;
  /** A single recharts chart element, e.g. `<BarChart data={…}>…</BarChart>`. */
  children: React.ReactElement;
};

/**
 * Sized, themed wrapper around recharts' ResponsiveContainer. Give the chart a text alternative:
 * `aria-label`/`aria-describedby` here plus a visible summary or table on the page.
 */
function ChartContainer({ config, className, style, children, ...props }: ChartContainerProps) {
  // In a ChartSlot: draw at the slot's measured size, and tell it once drawn (chart-queue.ts).
  const slot = React.useContext(ChartSlotContext);
  React.useEffect(() => slot?.plotted(), [slot]);
  const colorVars = Object.fromEntries(
    Object.entries(config).map(([key, item], index) => [
      `--color-${key}`,
      item.color ?? `var(--chart-${(index % 5) + 1})`,
    ]),
  );

  return (
    <ChartContext.Provider value={config}>
      <div
        data-slot="chart"
        className={cn(
          // Inline-size containment: the chart never adds its drawn width to the minimum width of
          // what holds it (grid and flex ancestors), so it follows a narrowing card on a phone; it is
          // clipped to its box (tooltips stay inside it) before it has measured itself.
          "flex aspect-video w-full min-w-0 justify-center overflow-hidden text-xs [contain:inline-size] [&_.recharts-cartesian-axis-tick_text]:fill-muted-foreground [&_.recharts-cartesian-grid_line]:stroke-border [&_.recharts-polar-grid_[stroke='#ccc']]:stroke-border [&_.recharts-reference-line_[stroke='#ccc']]:stroke-border [&_.recharts-rectangle.recharts-tooltip-cursor]:fill-muted",
          className,
        )}
        style={{ ...colorVars, ...style }}
        {...props}
      >
        {/* minWidth 0: as a flex item it may shrink below the width it first drew at. */}
        <ResponsiveContainer initialDimension={slot?.size ?? DEFAULT_SIZE} minWidth={0}>
          {children}
        </ResponsiveContainer>
      </div>
    </ChartContext.Provider>
  );
}

const ChartTooltip = Tooltip;

type ChartTooltipContentProps = {
  active?: boolean;
  payload?: ReadonlyArray<TooltipPayloadEntry>;
  label?: string | number;
  hideLabel?: boolean;
  formatValue?: (value: unknown) => React.ReactNode;
  className?: string;
};

/** Use as `<ChartTooltip content={<ChartTooltipContent />} />`; labels come from the config. */
function ChartTooltipContent({
  active,
  payload,
  label,
  hideLabel = false,
  formatValue = (value) => String(value),
  className,
}: ChartTooltipContentProps) {
  const config = useChartConfig();
  if (!active || !payload || payload.length === 0) return null;

  return (
    <div
      data-slot="chart-tooltip"
      className={cn(
        "grid min-w-32 gap-1.5 rounded-lg border bg-popover px-2.5 py-1.5 text-xs text-popover-foreground shadow-xl",
        className,
      )}
    >
      {!hideLabel && label !== undefined ? <div className="font-medium">{label}</div> : null}
      {payload.map((item) => {
        const key = String(item.dataKey ?? item.name ?? "value");
        return (
          <div key={key} className="flex items-center gap-2">
            <span
              aria-hidden="true"
              className="size-2.5 shrink-0 rounded-[2px]"
              style={{ backgroundColor: item.color ?? `var(--color-${key})` }}
            />
            <span className="text-muted-foreground">{config[key]?.label ?? item.name}</span>
            <span className="ml-auto font-mono font-medium tabular-nums">
              {formatValue(item.value)}
            </span>
          </div>
        );
      })}
    </div>
  );
}

export {
  ChartContainer,
  ChartTooltip,
  ChartTooltipContent,
  useChartConfig,
  type ChartConfig,
  type ChartContainerProps,
};
