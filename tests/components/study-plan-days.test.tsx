import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { StudyPlanDays } from "@/components/agents/study-plan-days";
import type { StudyPlanDto } from "@/lib/agents/study-plan/plan-service";

const task = (id: string, title: string, done = false) => ({
  id,
  kind: "practice" as const,
  title,
  detail: "Answer it aloud.",
  minutes: 12,
  category: "Technical" as const,
  skill: null,
  question_id: 1,
  reason: "Technical is a weak area: average 55 over 4 answers.",
  done,
  done_at: done ? "2026-12-01T10:00:00.000Z" : null,
});

const plan = {
  plan_id: 1,
  execution_id: 9,
  updated_at: "2026-12-01T10:00:00.000Z",
  version: 1,
  start_date: "2026-12-01",
  minutes_per_day: 45,
  target_role: "Backend Engineer",
  days: [
    {
      day: 1,
      date: "2026-12-01",
      theme: "Technical",
      minutes: 24,
      tasks: [
        task("practice-q1", "Practise: What is a mutex?", true),
        task("practice-q2", "Practise: Explain indexes"),
      ],
    },
    { day: 2, date: "2026-12-02", theme: "Rest", minutes: 0, tasks: [] },
  ],
  focus: {
    weak_categories: [],
    skill_gaps: [],
    review_due: 0,
    recent_scores: [],
    recommended_difficulty: "Medium",
  },
  changes: [],
  summary: [],
  progress: { done: 1, total: 2 },
} as unknown as StudyPlanDto;

describe("StudyPlanDays", () => {
  it("ticks a task at once, saves it, and counts it", async () => {
    let resolve!: (v: { ok: true; data: { task_id: string; done: boolean } }) => void;
    const toggle = jest.fn(
      () =>
        new Promise<{ ok: true; data: { task_id: string; done: boolean } }>((r) => (resolve = r)),
    );
    render(<StudyPlanDays plan={plan} toggle={toggle} />);
    expect(screen.getByText("1 of 2 tasks done")).toBeInTheDocument();
    const box = screen.getByRole("checkbox", { name: "Practise: Explain indexes" });
    expect(box).not.toBeChecked();
    await userEvent.click(box);
    // Shown ticked while it saves.
    expect(box).toBeChecked();
    expect(toggle).toHaveBeenCalledWith("practice-q2", true);
    await act(() => {
      resolve({ ok: true, data: { task_id: "practice-q2", done: true } });
      return Promise.resolve();
    });
    await waitFor(() => expect(screen.getByText("2 of 2 tasks done")).toBeInTheDocument());
    expect(box).toBeChecked();
    expect(screen.getByText("Rest day.")).toBeInTheDocument();
  });

  it("unticks, and puts the tick back with the server's message when saving fails", async () => {
    const toggle = jest.fn().mockResolvedValue({
      ok: false,
      error: { code: "NOT_FOUND", message: "Study task not found" },
    });
    render(<StudyPlanDays plan={plan} toggle={toggle} />);
    const box = screen.getByRole("checkbox", { name: "Practise: What is a mutex?" });
    expect(box).toBeChecked();
    await userEvent.click(box);
    expect(toggle).toHaveBeenCalledWith("practice-q1", false);
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Could not save: Study task not found",
    );
    // The message and the restored tick are two renders (the optimistic tick lasts until the
    // transition settles), so wait for the tick rather than assume the same frame.
    await waitFor(() => expect(box).toBeChecked());
    expect(screen.getByText("1 of 2 tasks done")).toBeInTheDocument();
  });
});
