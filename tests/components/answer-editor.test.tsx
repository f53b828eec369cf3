import { act, fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { InterviewRunner } from "@/app/(app)/interviews/[id]/(runner)/page-client";
import {
  getProgressAction,
  getRunnerStateAction,
  saveDraftAction,
  submitAnswerAction,
} from "@/app/(app)/interviews/[id]/actions";
import { draftStorageKey } from "@/components/interview/use-draft-autosave";
import type { RunnerState } from "@/lib/interviews/interview-view";
import { question, runnerState, secondQuestionState, SESSION_ID } from "./fixtures/runner";

jest.mock("@/app/(app)/interviews/[id]/actions", () => ({
  saveDraftAction: jest.fn(),
  submitAnswerAction: jest.fn(),
  skipQuestionAction: jest.fn(),
  getRunnerStateAction: jest.fn(),
  getProgressAction: jest.fn(),
  retryEvaluationAction: jest.fn(),
}));

jest.mock("next/navigation", () => ({
  useRouter: () => ({
    push: jest.fn(),
    replace: jest.fn(),
    refresh: jest.fn(),
    prefetch: jest.fn(),
  }),
}));

const KEY = draftStorageKey(SESSION_ID, 11);

function setup(state: RunnerState = runnerState()) {
  const user = userEvent.setup({ advanceTimers: (ms) => jest.advanceTimersByTime(ms) });
  render(<InterviewRunner initial={state} />);
  return {
    user,
    textarea: () => screen.getByRole("textbox", { name: "Your answer" }),
    submit: () => screen.getByRole("button", { name: /submit answer/i }),
  };
}

beforeEach(() => {
  jest.useFakeTimers();
  jest.clearAllMocks();
  window.localStorage.clear();
  jest
    .mocked(saveDraftAction)
    .mockResolvedValue({ ok: true, data: { saved_at: new Date().toISOString() } });
  jest.mocked(getProgressAction).mockResolvedValue({
    ok: true,
    data: {
      status: "in_progress",
      progress: runnerState().progress,
      questions: runnerState().questions,
    },
  });
});
afterEach(() => {
  jest.useRealTimers();
});

describe("character counter and length limits", () => {
  it("counts characters live and enables Submit only within 10–5000", () => {
    const { textarea, submit } = setup();
    const counter = screen.getByTestId("char-count");
    expect(counter).toHaveTextContent("0 / 5,000");
    expect(submit()).toBeDisabled();
    expect(screen.getByText(/at least 10 characters to submit \(10 more\)/i)).toBeInTheDocument();

    fireEvent.change(textarea(), { target: { value: "123456789" } });
    expect(counter).toHaveTextContent("9 / 5,000");
    expect(submit()).toBeDisabled();
    expect(submit()).toHaveAccessibleDescription(/1 more/);

    fireEvent.change(textarea(), { target: { value: "1234567890" } });
    expect(counter).toHaveTextContent("10 / 5,000");
    expect(submit()).toBeEnabled();
    expect(screen.queryByText(/characters to submit/i)).not.toBeInTheDocument();
    expect(submit()).not.toHaveAttribute("aria-describedby");

    fireEvent.change(textarea(), { target: { value: "x".repeat(5000) } });
    expect(submit()).toBeEnabled();

    fireEvent.change(textarea(), { target: { value: "x".repeat(5001) } });
    expect(counter).toHaveTextContent("5,001 / 5,000");
    expect(submit()).toBeDisabled();
    expect(
      screen.getByText(/shorten your answer to 5,000 characters to submit \(1 over\)/i),
    ).toBeInTheDocument();
    expect(textarea()).toHaveAttribute("aria-invalid", "true");
  });

  it("counts after trimming, like the server", () => {
    const { textarea, submit } = setup();
    fireEvent.change(textarea(), { target: { value: "   short    " } });
    expect(screen.getByTestId("char-count")).toHaveTextContent("5 / 5,000");
    expect(submit()).toBeDisabled();
  });
});

describe("draft auto-save", () => {
  it("calls saveDraft once per pause (debounced ~1 s) and backs up to localStorage at once", async () => {
    const { user, textarea } = setup();
    await user.type(textarea(), "Open addressing");
    // Typing finished just now: localStorage already has it, the server not yet.
    expect(JSON.parse(window.localStorage.getItem(KEY)!).text).toBe("Open addressing");
    expect(saveDraftAction).not.toHaveBeenCalled();
    expect(screen.getByTestId("save-status")).toHaveTextContent("Saving…");

    await act(() => jest.advanceTimersByTimeAsync(999));
    expect(saveDraftAction).not.toHaveBeenCalled();
    await act(() => jest.advanceTimersByTimeAsync(1));
    expect(saveDraftAction).toHaveBeenCalledTimes(1);
    expect(saveDraftAction).toHaveBeenLastCalledWith(SESSION_ID, 11, "Open addressing");
    expect(screen.getByTestId("save-status")).toHaveTextContent("Saved");

    await user.type(textarea(), " probes");
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(saveDraftAction).toHaveBeenCalledTimes(2);
    expect(saveDraftAction).toHaveBeenLastCalledWith(SESSION_ID, 11, "Open addressing probes");
  });

  it("shows the offline status and keeps the text when the save fails", async () => {
    jest.mocked(saveDraftAction).mockRejectedValue(new TypeError("Failed to fetch"));
    const { textarea } = setup();
    fireEvent.change(textarea(), { target: { value: "Typed on a train" } });
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(screen.getByTestId("save-status")).toHaveTextContent("Offline – kept on this device");
    expect(textarea()).toHaveValue("Typed on a train");
    expect(JSON.parse(window.localStorage.getItem(KEY)!).text).toBe("Typed on a train");
  });

  it("restores a local copy newer than the server draft on reload", async () => {
    const serverSavedAt = new Date(Date.now() - 60_000).toISOString();
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ text: "Newer text typed offline", savedAt: Date.now() }),
    );
    const state = runnerState();
    state.current = {
      ...state.current!,
      draft_text: "Older server draft",
      draft_saved_at: serverSavedAt,
    };
    const { textarea } = setup(state);
    expect(textarea()).toHaveValue("Newer text typed offline");
    expect(screen.getByText("Restored from this device")).toBeInTheDocument();
    // …and pushes it to the server after the pause.
    await act(() => jest.advanceTimersByTimeAsync(1000));
    expect(saveDraftAction).toHaveBeenCalledWith(SESSION_ID, 11, "Newer text typed offline");
  });

  it("keeps the server draft when it is newer than the local copy", () => {
    window.localStorage.setItem(
      KEY,
      JSON.stringify({ text: "Stale local", savedAt: Date.now() - 120_000 }),
    );
    const state = runnerState();
    state.current = {
      ...state.current!,
      draft_text: "Fresh server draft",
      draft_saved_at: new Date().toISOString(),
    };
    const { textarea } = setup(state);
    expect(textarea()).toHaveValue("Fresh server draft");
    expect(screen.queryByText("Restored from this device")).not.toBeInTheDocument();
  });
});

describe("submitting", () => {
  it("submits with Ctrl+Enter, shows the next question in place and clears the local copy", async () => {
    jest.mocked(submitAnswerAction).mockResolvedValue({
      ok: true,
      data: { answer_id: 501, session_status: "in_progress", state: secondQuestionState() },
    });
    const { user, textarea } = setup();
    fireEvent.change(textarea(), { target: { value: "Chaining keeps a linked list per bucket." } });
    textarea().focus();
    await user.keyboard("{Control>}{Enter}{/Control}");

    expect(submitAnswerAction).toHaveBeenCalledWith(
      SESSION_ID,
      11,
      "Chaining keeps a linked list per bucket.",
      // A typed answer: no recording comes with it.
      undefined,
    );
    expect(await screen.findByText("Describe a conflict you resolved.")).toBeInTheDocument();
    expect(screen.getByRole("heading", { name: "Question 2 of 3" })).toHaveFocus();
    expect(window.localStorage.getItem(KEY)).toBeNull();
    // The answered question now shows as evaluating in the side panel.
    const panel = screen.getByRole("region", { name: "Your answers" });
    expect(within(panel).getByText("Evaluating…")).toBeInTheDocument();
  });

  it("keeps the text and offers a retry when the network fails", async () => {
    jest.mocked(submitAnswerAction).mockRejectedValueOnce(new TypeError("Failed to fetch"));
    const { user, textarea, submit } = setup();
    fireEvent.change(textarea(), { target: { value: "An answer that must not be lost." } });
    await user.click(submit());

    expect(await screen.findByText(/could not reach the server/i)).toBeInTheDocument();
    expect(textarea()).toHaveValue("An answer that must not be lost.");

    jest.mocked(submitAnswerAction).mockResolvedValueOnce({
      ok: true,
      data: { answer_id: 501, session_status: "in_progress", state: secondQuestionState() },
    });
    await user.click(screen.getByRole("button", { name: "Retry" }));
    expect(submitAnswerAction).toHaveBeenCalledTimes(2);
    expect(await screen.findByRole("heading", { name: "Question 2 of 3" })).toBeInTheDocument();
  });

  it("shows a 422 next to the answer field", async () => {
    jest.mocked(submitAnswerAction).mockResolvedValue({
      ok: false,
      error: {
        code: "VALIDATION_ERROR",
        message: "Invalid input data",
        fields: { answer_text: ["Answer must be at least 10 characters"] },
      },
    });
    const { user, textarea, submit } = setup();
    fireEvent.change(textarea(), { target: { value: "0123456789" } });
    await user.click(submit());
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Answer must be at least 10 characters",
    );
    expect(textarea()).toHaveAttribute("aria-invalid", "true");
  });

  it("refreshes the state on 409 (already answered elsewhere)", async () => {
    jest.mocked(submitAnswerAction).mockResolvedValue({
      ok: false,
      error: { code: "CONFLICT", message: "This question has already been answered" },
    });
    jest.mocked(getRunnerStateAction).mockResolvedValue({ ok: true, data: secondQuestionState() });
    const { user, textarea, submit } = setup();
    fireEvent.change(textarea(), { target: { value: "Answered in another tab." } });
    await user.click(submit());
    expect(getRunnerStateAction).toHaveBeenCalledWith(SESSION_ID);
    expect(await screen.findByRole("heading", { name: "Question 2 of 3" })).toBeInTheDocument();
  });
});

describe("evaluation status panel", () => {
  it("polls while an evaluation is pending and stops once it completes", async () => {
    const state = secondQuestionState();
    jest.mocked(getProgressAction).mockResolvedValue({
      ok: true,
      data: {
        status: "in_progress",
        progress: { ...state.progress, evaluated: 1, evaluations_pending: 0 },
        questions: [
          question({
            status: "answered",
            answer_id: 501,
            evaluation_status: "completed",
            overall_score: 82,
          }),
          ...state.questions.slice(1),
        ],
      },
    });
    setup(state);
    const panel = screen.getByRole("region", { name: "Your answers" });
    expect(within(panel).getByText("Evaluating…")).toBeInTheDocument();

    await act(() => jest.advanceTimersByTimeAsync(2000));
    expect(getProgressAction).toHaveBeenCalledTimes(1);
    expect(within(panel).getByText("Score 82 out of 100")).toBeInTheDocument();
    expect(within(panel).queryByText("Evaluating…")).not.toBeInTheDocument();

    await act(() => jest.advanceTimersByTimeAsync(10_000));
    expect(getProgressAction).toHaveBeenCalledTimes(1);
  });
});
