import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { QuestionStage } from "@/app/(app)/interviews/[id]/_components/question-stage";
import type { CurrentQuestion } from "@/lib/interviews/interview-view";

const question: CurrentQuestion = {
  question_id: 7,
  question_text: "How would you speed up a slow query?",
  category: "Technical",
  difficulty: "Easy",
  time_limit_seconds: 120,
  question_number: 1,
  total_questions: 2,
  remaining_seconds: 5,
  draft_text: "I would add an index on the filtered column.",
  draft_saved_at: new Date("2026-03-01T09:59:00Z").toISOString(),
};

beforeEach(() => {
  jest.useFakeTimers({ now: new Date("2026-03-01T10:00:00Z") });
  window.localStorage.clear();
});
afterEach(() => jest.useRealTimers());

function stage(current: CurrentQuestion = question) {
  const onSubmit = jest.fn();
  const onSkip = jest.fn();
  render(
    <QuestionStage
      sessionId={3}
      question={current}
      busy={null}
      error={null}
      saveDraft={() => Promise.resolve({ ok: true, data: null })}
      onSubmit={onSubmit}
      onSkip={onSkip}
    />,
  );
  return { onSubmit, onSkip };
}

describe("QuestionStage at the time limit", () => {
  it("submits the answer by itself when time is up (the default)", () => {
    const { onSubmit } = stage();
    expect(screen.getByRole("checkbox", { name: "Submit when time is up" })).toBeChecked();
    act(() => jest.advanceTimersByTime(6_000));
    expect(onSubmit).toHaveBeenCalledWith(question.draft_text, "timeout", undefined);
  });

  it("lets the candidate keep writing past the limit when auto-submit is off, and remembers it", async () => {
    const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
    const { onSubmit, onSkip } = stage();
    await user.click(screen.getByRole("checkbox", { name: "Submit when time is up" }));
    expect(window.localStorage.getItem("interviewmaster:room:auto-submit")).toBe("off");
    act(() => jest.advanceTimersByTime(6_000));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onSkip).not.toHaveBeenCalled();
    expect(screen.getByText(/submit it when you are ready/)).toBeInTheDocument();
    await user.type(screen.getByRole("textbox", { name: "Your answer" }), " Then cache reads.");
    await user.click(screen.getByRole("button", { name: "Submit answer" }));
    expect(onSubmit).toHaveBeenCalledWith(
      `${question.draft_text} Then cache reads.`,
      "manual",
      undefined,
    );
  });
});

describe("QuestionStage in untimed practice", () => {
  it("shows no clock and never moves on by itself", () => {
    const { onSubmit, onSkip } = stage({
      ...question,
      time_limit_seconds: null,
      remaining_seconds: null,
    });
    expect(screen.getByText("Untimed practice")).toBeInTheDocument();
    expect(screen.queryByRole("checkbox", { name: "Submit when time is up" })).toBeNull();
    expect(screen.queryByRole("timer")).toBeNull();
    act(() => jest.advanceTimersByTime(3_600_000));
    expect(onSubmit).not.toHaveBeenCalled();
    expect(onSkip).not.toHaveBeenCalled();
  });
});

describe("QuestionStage skip", () => {
  const untimed: CurrentQuestion = {
    ...question,
    time_limit_seconds: null,
    remaining_seconds: null,
  };

  it("skips only after the confirmation", async () => {
    jest.useRealTimers();
    const user = userEvent.setup();
    const { onSkip } = stage(untimed);
    await user.click(screen.getByRole("button", { name: "Skip question" }));
    const dialog = await screen.findByRole("dialog", { name: "Skip this question?" });
    expect(dialog).toHaveTextContent("A skipped question scores 0");
    expect(onSkip).not.toHaveBeenCalled();
    await user.click(screen.getAllByRole("button", { name: "Skip question" }).at(-1)!);
    expect(onSkip).toHaveBeenCalledWith("manual");
  });

  it("keeps answering when the candidate changes their mind, with focus back on the skip button", async () => {
    jest.useRealTimers();
    const user = userEvent.setup();
    const { onSkip } = stage(untimed);
    const skip = screen.getByRole("button", { name: "Skip question" });
    await user.click(skip);
    await screen.findByRole("dialog");
    await user.click(screen.getByRole("button", { name: "Keep answering" }));
    expect(screen.queryByRole("dialog")).toBeNull();
    expect(onSkip).not.toHaveBeenCalled();
    expect(skip).toHaveFocus();
  });
});
