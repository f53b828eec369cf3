import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { toast } from "sonner";
import { AnalyticsSection } from "@/app/(app)/dashboard/_components/analytics-section";
import { SessionControls } from "@/app/(app)/interviews/[id]/_components/session-controls";
import { AreasCard } from "@/components/analytics/areas-card";
import { CategoryChart } from "@/components/analytics/category-chart";
import { formatChange, formatPractice } from "@/components/analytics/format";
import { OverviewCards, type Overview } from "@/components/analytics/overview-cards";
import { PercentileCard, type ComparisonView } from "@/components/analytics/percentile-card";
import { Recommendations, type RecommendationItem } from "@/components/analytics/recommendations";
import { describeTrend, ScoreTrendChart } from "@/components/analytics/score-trend-chart";
import { ScoreTrend } from "@/components/analytics/score-trend";
import { describeSessions } from "@/components/analytics/session-trend-chart";
import { StreakWidget, type StreakView } from "@/components/analytics/streak-widget";
import { AchievementGrid, type AchievementItem } from "@/components/gamification/achievement-grid";
import {
  LeaderboardTable,
  type LeaderboardView,
} from "@/components/gamification/leaderboard-table";
import type { DashboardDto } from "@/lib/analytics/get-dashboard";
import { installRadixShims } from "./fixtures/jsdom";

jest.mock("sonner", () => ({
  toast: Object.assign(jest.fn(), { error: jest.fn(), success: jest.fn(), info: jest.fn() }),
}));
jest.mock("@/app/(app)/dashboard/actions", () => ({ startRecommendedSessionAction: jest.fn() }));

beforeAll(installRadixShims);
beforeEach(() => jest.clearAllMocks());
// jsdom has no layout, so recharts' ResponsiveContainer warns about a 0×0 size.
let warn: jest.SpyInstance;
beforeEach(() => {
  warn = jest.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(() => warn.mockRestore());

const OVERVIEW: Overview = {
  total_interviews: 12,
  average_score_all_time: 71.5,
  average_score_last_30_days: 78,
  sessions_last_30_days: 4,
  improvement_rate: 12.5,
  best_score: 93,
  total_practice_hours: 3.5,
  total_practice_minutes: 210,
};

describe("OverviewCards", () => {
  it("shows totals, averages, improvement and practice time", () => {
    render(<OverviewCards overview={OVERVIEW} />);
    const card = (name: string) =>
      screen.getByRole("heading", { name }).closest("[data-slot=card]") as HTMLElement;
    expect(within(card("Interviews completed")).getByText("12")).toBeInTheDocument();
    expect(
      within(card("Interviews completed")).getByText("Best session 93/100"),
    ).toBeInTheDocument();
    expect(within(card("Average score")).getByText("71.5/100")).toBeInTheDocument();
    expect(
      within(card("Average score")).getByText("78 over the last 30 days (4 sessions)"),
    ).toBeInTheDocument();
    expect(within(card("Improvement")).getByText("+12.5%")).toBeInTheDocument();
    expect(within(card("Practice time")).getByText("3.5 h")).toBeInTheDocument();
  });

  it("has empty values for a new user", () => {
    render(
      <OverviewCards
        overview={{
          ...OVERVIEW,
          total_interviews: 0,
          average_score_all_time: null,
          average_score_last_30_days: null,
          sessions_last_30_days: 0,
          improvement_rate: null,
          best_score: null,
          total_practice_hours: 0,
          total_practice_minutes: 0,
        }}
      />,
    );
    expect(screen.getByText("No scored session yet")).toBeInTheDocument();
    expect(screen.getByText("Needs at least two sessions")).toBeInTheDocument();
    expect(screen.getByText("0 min")).toBeInTheDocument();
  });

  it("formats changes and durations", () => {
    expect(formatChange(-3)).toBe("\u22123%");
    expect(formatChange(0)).toBe("0%");
    expect(formatPractice(0.8, 45)).toBe("45 min");
  });
});

describe("ScoreTrendChart", () => {
  const points = [
    { date: "2026-02-02", average_score: 50, sessions: 2 },
    { date: "2026-02-23", average_score: 85, sessions: 1 },
    { date: "2026-03-16", average_score: 70, sessions: 1 },
  ];

  it("is an image with a text summary and a data table", async () => {
    render(<ScoreTrendChart points={points} />);
    const chart = screen.getByRole("img");
    expect(chart).toHaveAccessibleName(
      /Line chart\. Weekly average score over 3 weeks, from 50 .* to 70 .*best 85/,
    );
    const user = userEvent.setup();
    await user.click(screen.getByText("Show the data as a table"));
    const rows = within(screen.getByRole("table")).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(rows[2]).toHaveTextContent("23 Feb 2026851");
  });

  it("describes one point and no points", () => {
    expect(describeTrend([])).toBe("No scored sessions yet.");
    expect(describeTrend([points[0]!])).toBe("Week of 2 Feb 2026: average 50 out of 100.");
  });
});

describe("ScoreTrend", () => {
  const sessions = [
    { session_id: 1, date: "2026-02-02", role: "QA Engineer", score: 40 },
    { session_id: 2, date: "2026-02-03", role: "QA Engineer", score: 60 },
    { session_id: 3, date: "2026-02-04", role: "QA Engineer", score: 63 },
  ];
  const weeks = [{ date: "2026-02-02", average_score: 54, sessions: 3 }];

  it("shows every session by default (three in one week are three points), weekly on request", async () => {
    render(<ScoreTrend sessions={sessions} weeks={weeks} />);
    expect(screen.getByRole("tab", { name: "By session" })).toHaveAttribute(
      "aria-selected",
      "true",
    );
    expect(screen.getByRole("img")).toHaveAccessibleName(
      /Your last 3 sessions, from 40 .* to 63 .*\(\+23 points\); best 63/,
    );
    const user = userEvent.setup();
    await user.click(screen.getByRole("tab", { name: "By week" }));
    expect(screen.getByRole("img")).toHaveAccessibleName(/Week of 2 Feb 2026: average 54/);
    expect(describeSessions([])).toBe("No scored sessions yet.");
  });
});

describe("CategoryChart", () => {
  it("labels the bars and repeats them as text", () => {
    render(
      <CategoryChart
        summaryId="cats"
        categories={[
          { category: "Technical", label: "Technical", average_score: 74, questions: 7 },
          { category: "System_Design", label: "System design", average_score: 50, questions: 1 },
        ]}
      />,
    );
    const chart = screen.getByRole("img");
    expect(chart).toHaveAccessibleName(
      "Bar chart of average score by category, out of 100: Technical 74, System design 50",
    );
    expect(chart).toHaveAttribute("aria-describedby", "cats");
    expect(screen.getByText("74 out of 100")).toBeInTheDocument();
    expect(screen.getByText("(1 question)")).toBeInTheDocument();
  });
});

describe("StreakWidget", () => {
  const base: StreakView = {
    current_streak: 3,
    longest_streak: 5,
    last_practice_date: "2026-03-18",
    practiced_today: true,
    at_risk: false,
    timezone: "Europe/London",
  };
  it.each([
    [base, "You practised today"],
    [{ ...base, practiced_today: false, at_risk: true }, "Practise today to keep your streak."],
    [{ ...base, current_streak: 0, practiced_today: false }, "Your streak ended"],
    [
      {
        ...base,
        current_streak: 0,
        longest_streak: 0,
        last_practice_date: null,
        practiced_today: false,
      },
      "Complete a session to start a streak.",
    ],
  ])("%#: shows the streak and what to do", (streak, text) => {
    render(<StreakWidget streak={streak} />);
    expect(screen.getByText(new RegExp(text))).toBeInTheDocument();
    expect(
      screen.getByText(
        `Longest: ${streak.longest_streak} day${streak.longest_streak === 1 ? "" : "s"}`,
      ),
    ).toBeInTheDocument();
    expect(screen.getByText(/Europe\/London/)).toBeInTheDocument();
  });
});

describe("PercentileCard", () => {
  const base: ComparisonView = {
    status: "ok",
    target_role: "Backend Engineer",
    percentile: 64,
    cohort_size: 26,
    your_average: 72.4,
    minimum_cohort: 5,
  };
  it("shows the percentile among the cohort", () => {
    render(<PercentileCard comparison={base} />);
    expect(screen.getByText("64")).toBeInTheDocument();
    expect(
      screen.getByText(/outscores about 64% of the other 25 candidates targeting Backend Engineer/),
    ).toBeInTheDocument();
  });
  it.each([
    ["no_target_role", /Set a target role/],
    ["no_sessions", /Complete a session to compare/],
    ["cohort_too_small", /Fewer than 5 candidates/],
  ] as const)("%s", (status, text) => {
    render(
      <PercentileCard comparison={{ ...base, status, percentile: null, cohort_size: null }} />,
    );
    expect(screen.getByText(text)).toBeInTheDocument();
  });
});

describe("Recommendations", () => {
  const items: RecommendationItem[] = [
    {
      id: "focus_weakest:Medium:System_Design",
      kind: "focus_weakest",
      title: "Practise system design questions",
      reason: "Your weakest category: 50/100 over 1 question at Medium.",
      session: {
        role: "Backend Engineer",
        difficulty: "Medium",
        categories: ["System_Design"],
        question_count: 5,
      },
    },
    {
      id: "explore:Hard:Domain_Specific",
      kind: "explore",
      title: "Try domain specific questions",
      reason: "You have not practised this category yet.",
      session: {
        role: "Backend Engineer",
        difficulty: "Hard",
        categories: ["Domain_Specific"],
        question_count: 5,
      },
    },
  ];

  it("starts the recommended session in one click (keyboard too)", async () => {
    const onStart = jest.fn().mockResolvedValue(undefined);
    render(<Recommendations items={items} onStart={onStart} />);
    const buttons = screen.getAllByRole("button", { name: "Start this session" });
    expect(buttons[0]).toHaveAccessibleDescription("Practise system design questions");
    const user = userEvent.setup();
    buttons[1]!.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(onStart).toHaveBeenCalledWith(items[1]!.session));
  });

  it("reports a failure", async () => {
    const onStart = jest.fn().mockResolvedValue({
      ok: false,
      error: { code: "SERVICE_UNAVAILABLE", message: "No questions are available" },
    });
    render(<Recommendations items={items} onStart={onStart} />);
    await userEvent
      .setup()
      .click(screen.getAllByRole("button", { name: "Start this session" })[0]!);
    await waitFor(() => expect(toast.error).toHaveBeenCalledWith("No questions are available"));
  });
});

describe("AreasCard", () => {
  it("names the strongest and weakest areas", () => {
    render(
      <AreasCard
        strongest={{ kind: "category", key: "Technical", label: "Technical", score: 74 }}
        weakest={{ kind: "criterion", key: "clarity", label: "Clarity", score: 48 }}
        strengths={["Technical"]}
        weaknesses={["Clarity"]}
      />,
    );
    expect(screen.getByText("Strongest area").nextElementSibling).toHaveTextContent(
      "Technical74/100 · category",
    );
    expect(screen.getByText("Weakest area").nextElementSibling).toHaveTextContent(
      "Clarity48/100 · criterion",
    );
  });
});

describe("AnalyticsSection", () => {
  it("shows an empty state with a first session to start for a new user", () => {
    const data = {
      overview: {
        ...OVERVIEW,
        total_interviews: 0,
        average_score_all_time: null,
        average_score_last_30_days: null,
        sessions_last_30_days: 0,
        improvement_rate: null,
        best_score: null,
        total_practice_hours: 0,
        total_practice_minutes: 0,
      },
      score_over_time: [],
      session_scores: [],
      category_performance: {},
      category_details: [],
      criteria_performance: null,
      strongest_area: null,
      weakest_area: null,
      strengths: [],
      weaknesses: [],
      recommendations: [
        {
          id: "first_session",
          kind: "first_session",
          title: "Your first interview",
          reason: "A Medium session.",
          session: {
            role: "Software Engineer",
            difficulty: "Medium",
            categories: ["Technical", "Behavioral"],
            question_count: 5,
          },
        },
        {
          id: "second",
          kind: "first_session",
          title: "Another start",
          reason: "An Easy session.",
          session: {
            role: "Software Engineer",
            difficulty: "Easy",
            categories: ["Technical"],
            question_count: 3,
          },
        },
      ],
      streak: {
        current_streak: 0,
        longest_streak: 0,
        last_practice_date: null,
        practiced_today: false,
        at_risk: false,
        today: "2026-03-20",
        timezone: "UTC",
      },
      time_zone: "UTC",
      generated_at: "2026-03-20T12:00:00.000Z",
    } as DashboardDto;
    render(
      <AnalyticsSection
        data={data}
        comparison={{
          status: "no_target_role",
          target_role: null,
          percentile: null,
          cohort_size: null,
          your_average: null,
          minimum_cohort: 5,
        }}
      />,
    );
    expect(
      screen.getByRole("heading", { name: "Your charts start with your first interview" }),
    ).toBeInTheDocument();
    // One way in: the suggested first session, or a quieter link to choose one's own.
    expect(screen.getAllByRole("button", { name: "Start this session" })).toHaveLength(1);
    expect(
      screen.getByRole("link", { name: "choose your own role and questions" }),
    ).toHaveAttribute("href", "/interviews/new");
    expect(screen.queryByRole("img")).not.toBeInTheDocument();
  });
});

describe("AchievementGrid", () => {
  const items: AchievementItem[] = [
    {
      type: "First_Interview",
      title: "First interview",
      description: "You completed your first interview session.",
      rule: "Complete 1 interview session.",
      earned: true,
      earned_at: "2026-03-01T23:30:00.000Z",
      progress: { current: 1, target: 1, label: "1 of 1 sessions" },
    },
    {
      type: "Ten_Interviews",
      title: "Ten interviews",
      description: "Ten completed sessions.",
      rule: "Complete 10 interview sessions.",
      earned: false,
      earned_at: null,
      progress: { current: 4, target: 10, label: "4 of 10 sessions" },
    },
  ];
  it("shows earned badges with their date (user's zone) and locked ones with rule and progress", () => {
    render(<AchievementGrid items={items} timeZone="Asia/Tokyo" />);
    const earned = screen.getByRole("listitem", { name: "First interview" });
    expect(within(earned).getByText("Earned 2 Mar 2026")).toBeInTheDocument();
    const locked = screen.getByRole("listitem", { name: "Ten interviews" });
    expect(within(locked).getByText("Locked")).toBeInTheDocument();
    expect(within(locked).getByText("Complete 10 interview sessions.")).toBeInTheDocument();
    expect(
      within(locked).getByRole("progressbar", { name: "Ten interviews progress" }),
    ).toHaveAttribute("aria-valuetext", "4 of 10 sessions");
  });
});

describe("LeaderboardTable", () => {
  const board: LeaderboardView = {
    period: "weekly",
    period_start: "2026-03-16",
    computed_at: "2026-03-20T12:00:00.000Z",
    total_ranked: 40,
    entries: [
      {
        rank: 1,
        anonymous_username: "SwiftOtter417",
        average_score: 91,
        total_interviews: 3,
        is_you: false,
      },
      {
        rank: 2,
        anonymous_username: "CalmHeron12",
        average_score: 88,
        total_interviews: 5,
        is_you: true,
      },
    ],
    you: { rank: 2, anonymous_username: "CalmHeron12", average_score: 88, total_interviews: 5 },
    opted_out: false,
  };
  it("marks the caller's row", () => {
    render(<LeaderboardTable board={board} caption="This week" />);
    const row = screen.getByRole("row", { current: true });
    expect(row).toHaveTextContent("2CalmHeron12(you)885");
  });
  it("shows the caller's rank below when outside the list, and an empty state", () => {
    const { unmount } = render(
      <LeaderboardTable
        board={{ ...board, entries: [board.entries[0]!], you: { ...board.you!, rank: 31 } }}
        caption="This week"
      />,
    );
    expect(screen.getByText(/Your rank:/)).toHaveTextContent("Your rank: 31 of 40 as CalmHeron12");
    unmount();
    render(<LeaderboardTable board={{ ...board, entries: [], you: null }} caption="This week" />);
    expect(screen.getByText(/Nobody is on this board yet/)).toBeInTheDocument();
  });
});

describe("SessionControls", () => {
  const props = {
    total: 5,
    onFinish: jest.fn().mockResolvedValue({ ok: true, data: {} }),
    onAbandon: jest.fn().mockResolvedValue({ ok: true, data: {} }),
    onDone: jest.fn(),
    onError: jest.fn(),
  };

  it("cannot finish before a question is answered or skipped", () => {
    render(<SessionControls {...props} done={0} />);
    expect(screen.getByRole("button", { name: "Finish now" })).toBeDisabled();
    expect(screen.getByRole("button", { name: "Abandon" })).toBeEnabled();
  });

  it("finishes after confirming, explaining what counts", async () => {
    render(<SessionControls {...props} done={2} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Finish now" }));
    const dialog = screen.getByRole("dialog", { name: "Finish the interview now?" });
    expect(dialog).toHaveTextContent("The 3 questions you have not reached");
    expect(dialog).toHaveTextContent("skipped questions count as 0");
    await user.click(within(dialog).getByRole("button", { name: "Finish and see my summary" }));
    await waitFor(() => expect(props.onDone).toHaveBeenCalledWith("finished"));
    expect(props.onFinish).toHaveBeenCalledTimes(1);
  });

  it("keeps going when cancelled, and reports an abandon failure", async () => {
    const onAbandon = jest.fn().mockResolvedValue({
      ok: false,
      error: { code: "CONFLICT", message: "This session is completed" },
    });
    render(<SessionControls {...props} onAbandon={onAbandon} done={1} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Abandon" }));
    await user.click(screen.getByRole("button", { name: "Keep going" }));
    expect(screen.queryByRole("dialog")).not.toBeInTheDocument();
    expect(onAbandon).not.toHaveBeenCalled();
    await user.click(screen.getByRole("button", { name: "Abandon" }));
    await user.click(screen.getByRole("button", { name: "Abandon the interview" }));
    await waitFor(() => expect(props.onError).toHaveBeenCalledWith("This session is completed"));
    expect(screen.getByRole("dialog")).toBeInTheDocument();
  });
});
