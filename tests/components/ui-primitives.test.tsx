import fs from "node:fs";
import path from "node:path";

import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InboxIcon } from "lucide-react";
import { Bar, BarChart } from "recharts";

import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ChartContainer, type ChartConfig } from "@/components/ui/chart";
import { Checkbox } from "@/components/ui/checkbox";
import {
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  DialogTrigger,
} from "@/components/ui/dialog";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";
import { EmptyState } from "@/components/ui/empty-state";
import { FieldError, describedBy, fieldIds } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Progress } from "@/components/ui/progress";
import { RadioGroup, RadioGroupItem } from "@/components/ui/radio-group";
import { ScoreBar, scoreBand } from "@/components/ui/score-bar";
import {
  Select,
  SelectContent,
  SelectItem,
  SelectTrigger,
  SelectValue,
} from "@/components/ui/select";
import { Spinner } from "@/components/ui/spinner";
import { Tabs, TabsContent, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { cn } from "@/lib/utils";
import { installRadixShims } from "./fixtures/jsdom";

// jsdom lacks APIs that Radix (Select, popper positioning) calls.
beforeAll(installRadixShims);

describe("cn", () => {
  it("merges conflicting Tailwind classes, later wins, and drops falsy values", () => {
    expect(cn("px-2 text-sm", false, undefined, "px-4")).toBe("text-sm px-4");
    expect(cn("bg-primary", "bg-success/15")).toBe("bg-success/15");
  });
});

describe("Button", () => {
  it("renders the default variant and size", () => {
    render(<Button>Save</Button>);
    const button = screen.getByRole("button", { name: "Save" });
    expect(button).toHaveAttribute("data-slot", "button");
    expect(button).toHaveAttribute("data-variant", "default");
    expect(button).toHaveAttribute("data-size", "default");
    expect(button).toHaveClass("bg-primary", "h-9");
  });

  it.each([
    ["destructive", "bg-destructive"],
    ["outline", "border-input"],
    ["secondary", "bg-secondary"],
    ["ghost", "hover:bg-accent"],
    ["link", "text-primary"],
  ] as const)("applies the %s variant", (variant, expectedClass) => {
    render(<Button variant={variant}>Go</Button>);
    const button = screen.getByRole("button", { name: "Go" });
    expect(button).toHaveClass(expectedClass);
    expect(button).not.toHaveClass("bg-primary");
  });

  it("lets className override variant classes", () => {
    render(
      <Button size="sm" className="h-12">
        Tall
      </Button>,
    );
    const button = screen.getByRole("button", { name: "Tall" });
    expect(button).toHaveClass("h-12");
    expect(button).not.toHaveClass("h-8");
  });

  it("renders its child element with asChild", () => {
    render(
      <Button asChild variant="outline">
        <a href="/practice">Practice</a>
      </Button>,
    );
    const link = screen.getByRole("link", { name: "Practice" });
    expect(link.tagName).toBe("A");
    expect(link).toHaveAttribute("href", "/practice");
    expect(link).toHaveAttribute("data-slot", "button");
    expect(link).toHaveClass("border-input");
    expect(screen.queryByRole("button")).not.toBeInTheDocument();
  });

  it("does not fire onClick when disabled and is skipped by Tab", async () => {
    const user = userEvent.setup();
    const onClick = jest.fn();
    render(
      <>
        <Button disabled onClick={onClick}>
          Submit
        </Button>
        <Button>Next</Button>
      </>,
    );
    const disabled = screen.getByRole("button", { name: "Submit" });
    expect(disabled).toBeDisabled();
    await user.click(disabled);
    expect(onClick).not.toHaveBeenCalled();
    await user.tab();
    expect(screen.getByRole("button", { name: "Next" })).toHaveFocus();
  });

  it("fires onClick from the keyboard", async () => {
    const user = userEvent.setup();
    const onClick = jest.fn();
    render(<Button onClick={onClick}>Start</Button>);
    await user.tab();
    await user.keyboard("{Enter}");
    await user.keyboard(" ");
    expect(onClick).toHaveBeenCalledTimes(2);
  });

  it("accepts a ref as a prop (React 19)", () => {
    const ref = { current: null as HTMLButtonElement | null };
    render(<Button ref={ref}>Ref</Button>);
    expect(ref.current).toBeInstanceOf(HTMLButtonElement);
  });
});

describe("Label and Input", () => {
  it("associates the label with the input and focuses it on click", async () => {
    const user = userEvent.setup();
    render(
      <>
        <Label htmlFor="email">Email</Label>
        <Input id="email" type="email" />
      </>,
    );
    const input = screen.getByLabelText("Email");
    expect(input).toHaveAttribute("data-slot", "input");
    await user.click(screen.getByText("Email"));
    expect(input).toHaveFocus();
    await user.keyboard("a@b.co");
    expect(input).toHaveValue("a@b.co");
  });
});

describe("FieldError", () => {
  it("renders a single error in a role=alert region the input references", () => {
    const ids = fieldIds("email");
    render(
      <>
        <Label htmlFor={ids.id}>Email</Label>
        <Input id={ids.id} aria-invalid aria-describedby={describedBy(ids.errorId)} />
        <FieldError id={ids.errorId} errors={["Enter a valid email address"]} />
      </>,
    );
    const alert = screen.getByRole("alert");
    expect(alert).toHaveAttribute("id", "email-error");
    expect(alert).toHaveTextContent("Enter a valid email address");
    expect(screen.getByLabelText("Email")).toHaveAccessibleDescription(
      "Enter a valid email address",
    );
  });

  it("renders several errors as a list, de-duplicated, ignoring empty entries", () => {
    render(
      <FieldError
        id="password-error"
        errors={["Too short", "", undefined, "Needs a number", "Too short"]}
      />,
    );
    const items = within(screen.getByRole("alert")).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual(["Too short", "Needs a number"]);
  });

  it("renders nothing without errors", () => {
    const { container } = render(<FieldError id="x-error" errors={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("builds aria-describedby only from present ids", () => {
    expect(describedBy("a-description", false, undefined, "a-error")).toBe("a-description a-error");
    expect(describedBy(undefined, false)).toBeUndefined();
  });
});

describe("Select", () => {
  it("opens, moves and selects with the keyboard", async () => {
    const user = userEvent.setup();
    const onValueChange = jest.fn();
    render(
      <>
        <Label htmlFor="difficulty">Difficulty</Label>
        <Select onValueChange={onValueChange}>
          <SelectTrigger id="difficulty">
            <SelectValue placeholder="Choose a level" />
          </SelectTrigger>
          <SelectContent>
            <SelectItem value="easy">Easy</SelectItem>
            <SelectItem value="medium">Medium</SelectItem>
            <SelectItem value="hard">Hard</SelectItem>
          </SelectContent>
        </Select>
      </>,
    );
    const trigger = screen.getByRole("combobox", { name: "Difficulty" });
    expect(trigger).toHaveTextContent("Choose a level");

    await user.tab();
    expect(trigger).toHaveFocus();
    await user.keyboard("{Enter}");
    const listbox = await screen.findByRole("listbox");
    expect(within(listbox).getAllByRole("option")).toHaveLength(3);

    await user.keyboard("{ArrowDown}");
    await user.keyboard("{Enter}");
    expect(onValueChange).toHaveBeenCalledTimes(1);
    expect(onValueChange.mock.calls[0]?.[0]).toMatch(/^(easy|medium)$/);
    expect(screen.queryByRole("listbox")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it("selects the highlighted item after ArrowDown from the first option", async () => {
    const user = userEvent.setup();
    const onValueChange = jest.fn();
    render(
      <Select defaultValue="easy" onValueChange={onValueChange}>
        <SelectTrigger aria-label="Level">
          <SelectValue />
        </SelectTrigger>
        <SelectContent>
          <SelectItem value="easy">Easy</SelectItem>
          <SelectItem value="medium">Medium</SelectItem>
        </SelectContent>
      </Select>,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    await screen.findByRole("listbox");
    expect(screen.getByRole("option", { name: "Easy" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onValueChange).toHaveBeenCalledWith("medium");
    expect(screen.getByRole("combobox", { name: "Level" })).toHaveTextContent("Medium");
  });
});

describe("Checkbox", () => {
  it("toggles with Space and through its label", async () => {
    const user = userEvent.setup();
    const onCheckedChange = jest.fn();
    render(
      <div className="flex items-center gap-2">
        <Checkbox id="terms" onCheckedChange={onCheckedChange} />
        <Label htmlFor="terms">Accept terms</Label>
      </div>,
    );
    const checkbox = screen.getByRole("checkbox", { name: "Accept terms" });
    expect(checkbox).not.toBeChecked();
    await user.tab();
    expect(checkbox).toHaveFocus();
    await user.keyboard(" ");
    expect(checkbox).toBeChecked();
    expect(onCheckedChange).toHaveBeenLastCalledWith(true);
    await user.click(screen.getByText("Accept terms"));
    expect(checkbox).not.toBeChecked();
  });
});

describe("RadioGroup", () => {
  it("moves selection with arrow keys", async () => {
    const user = userEvent.setup();
    render(
      <RadioGroup defaultValue="text" aria-label="Answer mode">
        <div>
          <RadioGroupItem value="text" id="mode-text" />
          <Label htmlFor="mode-text">Text</Label>
        </div>
        <div>
          <RadioGroupItem value="voice" id="mode-voice" />
          <Label htmlFor="mode-voice">Voice</Label>
        </div>
      </RadioGroup>,
    );
    await user.tab();
    expect(screen.getByRole("radio", { name: "Text" })).toHaveFocus();
    // Radix checks the item focused while an arrow key is down; hold the key as a browser would.
    await user.keyboard("{ArrowDown>}");
    await waitFor(() => expect(screen.getByRole("radio", { name: "Voice" })).toHaveFocus());
    await user.keyboard("{/ArrowDown}");
    expect(screen.getByRole("radio", { name: "Voice" })).toBeChecked();
    expect(screen.getByRole("radio", { name: "Text" })).not.toBeChecked();
  });
});

describe("Dialog", () => {
  it("opens from the keyboard, traps focus, closes with Escape and restores focus", async () => {
    const user = userEvent.setup();
    render(
      <Dialog>
        <DialogTrigger asChild>
          <Button>Delete session</Button>
        </DialogTrigger>
        <DialogContent>
          <DialogTitle>Delete this session?</DialogTitle>
          <DialogDescription>This cannot be undone.</DialogDescription>
          <Button variant="destructive">Delete</Button>
        </DialogContent>
      </Dialog>,
    );
    const trigger = screen.getByRole("button", { name: "Delete session" });
    await user.tab();
    await user.keyboard("{Enter}");

    const dialog = await screen.findByRole("dialog", { name: "Delete this session?" });
    expect(dialog).toHaveAccessibleDescription("This cannot be undone.");
    expect(dialog).toContainElement(document.activeElement as HTMLElement);

    const close = within(dialog).getByRole("button", { name: "Close" });
    const destructive = within(dialog).getByRole("button", { name: "Delete" });
    for (let i = 0; i < 3; i += 1) {
      await user.tab();
      expect([close, destructive]).toContain(document.activeElement);
    }

    await user.keyboard("{Escape}");
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(trigger).toHaveFocus();
  });

  it("closes with the Close button", async () => {
    const user = userEvent.setup();
    render(
      <Dialog defaultOpen>
        <DialogContent>
          <DialogTitle>Tips</DialogTitle>
          <DialogDescription>Use the STAR method.</DialogDescription>
        </DialogContent>
      </Dialog>,
    );
    await user.click(screen.getByRole("button", { name: "Close" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
  });
});

describe("DropdownMenu", () => {
  it("opens with Enter and activates an item with the keyboard", async () => {
    const user = userEvent.setup();
    const onSelect = jest.fn();
    render(
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="outline">Account</Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent>
          <DropdownMenuItem>Profile</DropdownMenuItem>
          <DropdownMenuItem variant="destructive" onSelect={onSelect}>
            Sign out
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>,
    );
    await user.tab();
    await user.keyboard("{Enter}");
    const menu = await screen.findByRole("menu");
    expect(within(menu).getByRole("menuitem", { name: "Profile" })).toHaveFocus();
    await user.keyboard("{ArrowDown}{Enter}");
    expect(onSelect).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole("menu")).not.toBeInTheDocument();
  });
});

describe("Tabs", () => {
  it("switches panels with arrow keys", async () => {
    const user = userEvent.setup();
    render(
      <Tabs defaultValue="overview">
        <TabsList aria-label="Report sections">
          <TabsTrigger value="overview">Overview</TabsTrigger>
          <TabsTrigger value="evidence">Evidence</TabsTrigger>
        </TabsList>
        <TabsContent value="overview">Overview panel</TabsContent>
        <TabsContent value="evidence">Evidence panel</TabsContent>
      </Tabs>,
    );
    await user.tab();
    expect(screen.getByRole("tab", { name: "Overview" })).toHaveFocus();
    await user.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Evidence" })).toHaveAttribute("aria-selected", "true");
    expect(screen.getByRole("tabpanel")).toHaveTextContent("Evidence panel");
  });
});

describe("ScoreBar", () => {
  it("reads as '<label> 72 out of 100' and uses the warning band", () => {
    const { container } = render(<ScoreBar score={72} label="Clarity" />);
    const bar = container.querySelector('[data-slot="score-bar"]');
    expect(bar).toHaveTextContent("Clarity");
    expect(screen.getByText("72 out of 100")).toHaveClass("sr-only");
    expect(bar).toHaveAttribute("data-band", "medium");
    const fill = container.querySelector('[data-slot="score-bar-fill"]');
    expect(fill).toHaveClass("bg-warning");
    expect(fill).toHaveStyle({ width: "72%" });
  });

  it.each([
    [0, "low", "bg-destructive"],
    [49, "low", "bg-destructive"],
    [50, "medium", "bg-warning"],
    [74, "medium", "bg-warning"],
    [75, "high", "bg-success"],
    [100, "high", "bg-success"],
  ] as const)("score %d is in the %s band", (score, band, fillClass) => {
    const { container } = render(<ScoreBar score={score} label="Overall" />);
    expect(container.querySelector('[data-slot="score-bar"]')).toHaveAttribute("data-band", band);
    expect(container.querySelector('[data-slot="score-bar-fill"]')).toHaveClass(fillClass);
    expect(screen.getByText(`${score} out of 100`)).toBeInTheDocument();
  });

  it("rounds and clamps the score, and bands the displayed value", () => {
    expect(scoreBand(74.6)).toBe("high");
    expect(scoreBand(49.4)).toBe("low");
    expect(scoreBand(Number.NaN)).toBe("low");
    const { rerender } = render(<ScoreBar score={74.6} label="Depth" />);
    expect(screen.getByText("75 out of 100")).toBeInTheDocument();
    rerender(<ScoreBar score={140} label="Depth" />);
    expect(screen.getByText("100 out of 100")).toBeInTheDocument();
    rerender(<ScoreBar score={-3} label="Depth" />);
    expect(screen.getByText("0 out of 100")).toBeInTheDocument();
  });
});

describe("EmptyState", () => {
  it("renders icon, heading, description and a working action", async () => {
    const user = userEvent.setup();
    const onStart = jest.fn();
    const { container } = render(
      <EmptyState
        icon={<InboxIcon />}
        title="No sessions yet"
        description="Start a practice interview to see your progress."
        action={<Button onClick={onStart}>Start practising</Button>}
      />,
    );
    expect(screen.getByRole("heading", { level: 2, name: "No sessions yet" })).toBeInTheDocument();
    expect(screen.getByText(/Start a practice interview/)).toBeInTheDocument();
    expect(container.querySelector('[data-slot="empty-state-icon"]')).toHaveAttribute(
      "aria-hidden",
      "true",
    );
    await user.click(screen.getByRole("button", { name: "Start practising" }));
    expect(onStart).toHaveBeenCalledTimes(1);
  });
});

describe("Spinner, Progress, Badge", () => {
  it("Spinner exposes a status with its label", () => {
    render(<Spinner label="Scoring your answer" />);
    expect(screen.getByRole("status")).toHaveTextContent("Scoring your answer");
  });

  it("Progress exposes value and name", () => {
    render(<Progress value={40} aria-label="Interview progress" />);
    const bar = screen.getByRole("progressbar", { name: "Interview progress" });
    expect(bar).toHaveAttribute("aria-valuenow", "40");
  });

  it("Badge supports score colour variants", () => {
    render(<Badge variant="success">Strong</Badge>);
    expect(screen.getByText("Strong")).toHaveClass("bg-success", "text-success-foreground");
  });
});

describe("ChartContainer", () => {
  it("maps series to --color-<key> variables, defaulting to the chart palette", () => {
    // jsdom has no layout, so ResponsiveContainer warns about a 0×0 size.
    const warn = jest.spyOn(console, "warn").mockImplementation(() => {});
    const config = {
      score: { label: "Score" },
      target: { label: "Target", color: "var(--success)" },
    } satisfies ChartConfig;
    const { container } = render(
      <ChartContainer config={config} aria-label="Scores over time">
        <BarChart data={[{ day: "Mon", score: 60, target: 75 }]}>
          <Bar dataKey="score" fill="var(--color-score)" />
        </BarChart>
      </ChartContainer>,
    );
    const chart = container.querySelector('[data-slot="chart"]') as HTMLElement;
    expect(chart).toHaveAttribute("aria-label", "Scores over time");
    expect(chart.style.getPropertyValue("--color-score")).toBe("var(--chart-1)");
    expect(chart.style.getPropertyValue("--color-target")).toBe("var(--success)");
    warn.mockRestore();
  });
});

// ---------------------------------------------------------------------------------------------
// Focus visibility (spec property 24): the stylesheet draws a --ring outline on :focus-visible,
// the ring colour has >= 3:1 contrast against the surfaces in both themes, and no primitive
// suppresses the outline on a focusable element.

const root = path.resolve(__dirname, "../..");
const css = fs.readFileSync(path.join(root, "app/globals.css"), "utf8");

function tokenBlock(selector: string): Record<string, [number, number, number]> {
  const start = css.indexOf(`${selector} {`);
  expect(start).toBeGreaterThanOrEqual(0);
  const body = css.slice(start, css.indexOf("}", start));
  const tokens: Record<string, [number, number, number]> = {};
  for (const match of body.matchAll(/--([\w-]+):\s*oklch\(([\d.]+) ([\d.]+) ([\d.]+)\)/g)) {
    tokens[match[1]!] = [Number(match[2]), Number(match[3]), Number(match[4])];
  }
  return tokens;
}

function luminance([l, c, h]: [number, number, number]): number {
  const a = c * Math.cos((h * Math.PI) / 180);
  const b = c * Math.sin((h * Math.PI) / 180);
  const l1 = (l + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m1 = (l - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s1 = (l - 0.0894841775 * a - 1.291485548 * b) ** 3;
  const clamp = (x: number) => Math.min(1, Math.max(0, x));
  const r = clamp(4.0767416621 * l1 - 3.3077115913 * m1 + 0.2309699292 * s1);
  const g = clamp(-1.2684380046 * l1 + 2.6097574011 * m1 - 0.3413193965 * s1);
  const bl = clamp(-0.0041960863 * l1 - 0.7034186147 * m1 + 1.707614701 * s1);
  return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
}

function contrast(x: [number, number, number], y: [number, number, number]): number {
  const [hi, lo] = [luminance(x), luminance(y)].sort((p, q) => q - p) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("focus indicator (property 24)", () => {
  it("draws a --ring outline on :focus-visible", () => {
    expect(css).toMatch(/:focus-visible\s*{\s*outline:\s*2px solid var\(--ring\);/);
  });

  it.each([":root", ".dark", ":root:not(.light):not(.dark)"])(
    "ring contrast is at least 3:1 on background, card and muted in %s",
    (selector) => {
      const light = tokenBlock(":root");
      const tokens = { ...(selector === ":root" ? {} : light), ...tokenBlock(selector) };
      for (const surface of ["background", "card", "muted", "popover"]) {
        expect(contrast(tokens.ring!, tokens[surface]!)).toBeGreaterThanOrEqual(3);
      }
      expect(contrast(tokens.foreground!, tokens.background!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tokens["muted-foreground"]!, tokens.muted!)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(tokens["primary-foreground"]!, tokens.primary!)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it("no primitive removes the outline (outline-hidden only on popup containers)", () => {
    const dir = path.join(root, "components/ui");
    const allowedSlots = /^(select-content|dropdown-menu-content|dropdown-menu-sub-content)$/;
    for (const file of fs.readdirSync(dir).filter((name) => name.endsWith(".tsx"))) {
      const source = fs.readFileSync(path.join(dir, file), "utf8");
      expect({ file, outlineNone: /outline-none|outline-0\b/.test(source) }).toEqual({
        file,
        outlineNone: false,
      });
      for (const match of source.matchAll(/outline-hidden/g)) {
        const before = source.slice(0, match.index);
        const slot = [...before.matchAll(/data-slot="([\w-]+)"/g)].at(-1)?.[1];
        expect({ file, slot }).toEqual({ file, slot: expect.stringMatching(allowedSlots) });
      }
    }
  });
});
