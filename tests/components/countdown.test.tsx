import { act, fireEvent, render, screen } from "@testing-library/react";
import { Countdown, formatClock, timerBand } from "@/components/interview/countdown";
import { InterviewRunner } from "@/app/(app)/interviews/[id]/(runner)/page-client";
import {
  getProgressAction,
  saveDraftAction,
  skipQuestionAction,
  submitAnswerAction,
} from "@/app/(app)/interviews/[id]/actions";
import { runnerState, secondQuestionState, SESSION_ID } from "./fixtures/runner";

jest.mock("@/app/(app)/interviews/[id]/actions", () => ({
  saveDraftAction: jest.fn(),
  submitAnswerAction: jest.fn(),
  skipQuestionAction: jest.fn(),
  getRunnerStateAction: jest.fn(),
  getProgressAction: jest.fn(),
  retryEvaluationAction: jest.fn(),
}));

const push = jest.fn();
jest.mock("next/navigation", () => ({
  useRouter: () => ({ push, replace: jest.fn(), refresh: jest.fn(), prefetch: jest.fn() }),
}));

const timer = () => screen.getByRole("timer");
const announcement = () => screen.getByTestId("timer-announcement");

beforeEach(() => {
  jest.useFakeTimers();
  jest.clearAllMocks();
  window.localStorage.clear();
});
afterEach(() => {
  jest.useRealTimers();
});

describe("formatClock / timerBand", () => {
  it("formats seconds as mm:ss and never goes negative", () => {
    expect(formatClock(0)).toBe("00:00");
    expect(formatClock(9)).toBe("00:09");
    expect(formatClock(75)).toBe("01:15");
    expect(formatClock(600)).toBe("10:00");
    expect(formatClock(-4)).toBe("00:00");
  });

  it("is warning under 60 s and destructive under 15 s", () => {
    expect(timerBand(60)).toBe("normal");
    expect(timerBand(59)).toBe("warning");
    expect(timerBand(15)).toBe("warning");
    expect(timerBand(14)).toBe("destructive");
    expect(timerBand(0)).toBe("destructive");
  });
});

describe("Countdown", () => {
  it("counts down once a second and changes band at 60 s and 15 s", () => {
    render(<Countdown seconds={62} onExpire={jest.fn()} />);
    expect(timer()).toHaveTextContent("01:02");
    expect(timer()).toHaveAttribute("data-band", "normal");

    act(() => jest.advanceTimersByTime(2000));
    expect(timer()).toHaveTextContent("01:00");
    expect(timer()).toHaveAttribute("data-band", "normal");

    act(() => jest.advanceTimersByTime(1000));
    expect(timer()).toHaveTextContent("00:59");
    expect(timer()).toHaveAttribute("data-band", "warning");

    act(() => jest.advanceTimersByTime(44_000));
    expect(timer()).toHaveTextContent("00:15");
    expect(timer()).toHaveAttribute("data-band", "warning");

    act(() => jest.advanceTimersByTime(1000));
    expect(timer()).toHaveTextContent("00:14");
    expect(timer()).toHaveAttribute("data-band", "destructive");
  });

  it("announces only the 60/30/10 s milestones, not every second", () => {
    render(<Countdown seconds={65} onExpire={jest.fn()} />);
    expect(announcement()).toHaveTextContent("");
    act(() => jest.advanceTimersByTime(4000)); // 61 s
    expect(announcement()).toHaveTextContent("");
    act(() => jest.advanceTimersByTime(1000)); // 60 s
    expect(announcement()).toHaveTextContent("1 minute remaining");
    act(() => jest.advanceTimersByTime(20_000)); // 40 s: unchanged
    expect(announcement()).toHaveTextContent("1 minute remaining");
    act(() => jest.advanceTimersByTime(10_000)); // 30 s
    expect(announcement()).toHaveTextContent("30 seconds remaining");
    act(() => jest.advanceTimersByTime(20_000)); // 10 s
    expect(announcement()).toHaveTextContent("10 seconds remaining");
  });

  it("does not announce a milestone the clock started below", () => {
    render(<Countdown seconds={25} onExpire={jest.fn()} />);
    expect(announcement()).toHaveTextContent("");
    act(() => jest.advanceTimersByTime(15_000));
    expect(announcement()).toHaveTextContent("10 seconds remaining");
  });

  it("calls onExpire exactly once at zero", () => {
    const onExpire = jest.fn();
    render(<Countdown seconds={3} onExpire={onExpire} />);
    act(() => jest.advanceTimersByTime(2500));
    expect(onExpire).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1000));
    expect(onExpire).toHaveBeenCalledTimes(1);
    expect(timer()).toHaveTextContent("00:00");
    act(() => jest.advanceTimersByTime(5000));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("expires at once when mounted with no time left", () => {
    const onExpire = jest.fn();
    render(<Countdown seconds={0} onExpire={onExpire} />);
    act(() => jest.advanceTimersByTime(10));
    expect(onExpire).toHaveBeenCalledTimes(1);
  });

  it("keeps a fixed-width, tabular clock so digits do not shift the layout", () => {
    render(<Countdown seconds={100} onExpire={jest.fn()} />);
    const digits = screen.getByText("01:40");
    expect(digits).toHaveClass("tabular-nums", "min-w-[5ch]");
  });
});

describe("time-up in the interview runner", () => {
  function renderRunner(remaining: number) {
    const state = runnerState();
    state.current = { ...state.current!, remaining_seconds: remaining };
    render(<InterviewRunner initial={state} />);
    return screen.getByRole("textbox", { name: "Your answer" });
  }

  beforeEach(() => {
    jest
      .mocked(saveDraftAction)
      .mockResolvedValue({ ok: true, data: { saved_at: new Date().toISOString() } });
    jest.mocked(getProgressAction).mockResolvedValue({
      ok: true,
      data: {
        status: "in_progress",
        progress: secondQuestionState().progress,
        questions: secondQuestionState().questions,
      },
    });
  });

  it("auto-submits a valid answer when the clock reaches zero", async () => {
    jest.mocked(submitAnswerAction).mockResolvedValue({
      ok: true,
      data: { answer_id: 501, session_status: "in_progress", state: secondQuestionState() },
    });
    const textarea = renderRunner(5);
    fireEvent.change(textarea, {
      target: { value: "Separate chaining stores a list per bucket." },
    });

    await act(() => jest.advanceTimersByTimeAsync(5000));

    expect(submitAnswerAction).toHaveBeenCalledTimes(1);
    expect(submitAnswerAction).toHaveBeenCalledWith(
      SESSION_ID,
      11,
      "Separate chaining stores a list per bucket.",
      // A typed answer: no recording comes with it.
      undefined,
    );
    expect(skipQuestionAction).not.toHaveBeenCalled();
    expect(await screen.findByRole("heading", { name: "Question 2 of 3" })).toBeInTheDocument();
  });

  it("auto-skips (and says so) when the answer is too short at zero", async () => {
    jest.mocked(skipQuestionAction).mockResolvedValue({
      ok: true,
      data: { session_status: "in_progress", state: secondQuestionState() },
    });
    const textarea = renderRunner(5);
    fireEvent.change(textarea, { target: { value: "Hashing" } });

    await act(() => jest.advanceTimersByTimeAsync(5000));

    expect(skipQuestionAction).toHaveBeenCalledWith(SESSION_ID, 11);
    expect(submitAnswerAction).not.toHaveBeenCalled();
  });

  it("goes to the summary when time runs out on the last question", async () => {
    jest.mocked(skipQuestionAction).mockResolvedValue({
      ok: true,
      data: { session_status: "completed", state: null },
    });
    renderRunner(1);
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(push).toHaveBeenCalledWith(`/interviews/${SESSION_ID}/summary`);
  });
});
