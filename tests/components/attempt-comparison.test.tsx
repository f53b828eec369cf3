import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { AttemptComparison } from "@/components/summary/attempt-comparison";
import { PracticePanel, type PracticeHandlers } from "@/components/summary/practice-panel";
import { compareAttempts } from "@/lib/attempts/compare";
import type { AttemptView } from "@/lib/summaries/practice-extras";

const POINTS = ["Explains isolation levels", "Mentions phantom reads", "Gives a trade-off"];

type Scores = {
  content_quality: number;
  clarity: number;
  confidence: number;
  technical_accuracy: number;
  overall_score: number;
};

function attempt(
  id: number,
  n: number,
  scores: Scores | null,
  covered: boolean[],
  sessionId = 7,
  text = `Answer number ${n}`,
): AttemptView {
  return {
    answer_id: id,
    session_id: sessionId,
    attempt: n,
    submitted_at: "2026-12-01T10:00:00.000Z",
    answer_text: text,
    time_taken: 60,
    evaluation_status: scores ? "completed" : "pending",
    evaluation: scores
      ? {
          evaluation_id: id,
          status: "completed",
          provider: "builtin",
          error: null,
          scores,
          feedback: { strengths: [], improvements: [], suggestions: [], example_answer: "" },
          evidence: POINTS.map((point, i) => ({
            point,
            covered: covered[i]!,
            score: covered[i] ? 0.9 : 0.1,
            quote: covered[i] ? text : null,
            start: covered[i] ? 0 : null,
            end: covered[i] ? text.length : null,
          })),
          star: null,
          flags: [],
          evaluated_at: "2026-12-01T10:00:05.000Z",
        }
      : null,
    follow_up: null,
  };
}

const FIRST = attempt(
  1,
  1,
  { content_quality: 30, clarity: 50, confidence: 40, technical_accuracy: 35, overall_score: 37 },
  [true, false, false],
);
const SECOND = attempt(
  2,
  2,
  { content_quality: 75, clarity: 50, confidence: 70, technical_accuracy: 30, overall_score: 60 },
  [true, true, false],
);

function change(first: AttemptView, second: AttemptView) {
  const a = first.evaluation!;
  const b = second.evaluation!;
  return {
    from_answer_id: first.answer_id,
    to_answer_id: second.answer_id,
    ...compareAttempts(
      { scores: a.scores!, evidence: a.evidence },
      { scores: b.scores!, evidence: b.evidence },
    ),
  };
}

describe("AttemptComparison", () => {
  it("shows both attempts side by side with the change per criterion and the newly covered points", () => {
    render(
      <AttemptComparison
        sessionId={7}
        earlier={null}
        attempts={[FIRST, SECOND]}
        comparison={change(FIRST, SECOND)}
      />,
    );
    const section = screen.getByRole("region", { name: "Attempt comparison" });
    expect(within(section).getByRole("heading", { name: "Attempt 1" })).toBeInTheDocument();
    expect(within(section).getByRole("heading", { name: "Attempt 2" })).toBeInTheDocument();
    expect(within(section).getByText("Answer number 1")).toBeInTheDocument();
    expect(within(section).getByText("Answer number 2")).toBeInTheDocument();

    const table = within(section).getByRole("table");
    const row = (name: string) => within(table).getByRole("row", { name: new RegExp(`^${name}`) });
    expect(row("Content quality")).toHaveTextContent(/30\s*75.*up 45/);
    expect(row("Clarity")).toHaveTextContent(/no change/);
    expect(row("Technical accuracy")).toHaveTextContent(/down 5/);
    expect(row("Overall")).toHaveTextContent(/37\s*60.*up 23/);

    const newly = within(section).getByRole("heading", { name: "Newly covered" }).parentElement!;
    expect(
      within(newly)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Mentions phantom reads"]);
    expect(within(section).queryByRole("heading", { name: "No longer covered" })).toBeNull();
  });

  it("labels an attempt from an earlier session and lists points that were lost", () => {
    const earlier = attempt(
      9,
      1,
      {
        content_quality: 60,
        clarity: 60,
        confidence: 60,
        technical_accuracy: 60,
        overall_score: 60,
      },
      [true, true, true],
      3,
    );
    const now = attempt(
      10,
      1,
      {
        content_quality: 40,
        clarity: 60,
        confidence: 50,
        technical_accuracy: 60,
        overall_score: 48,
      },
      [true, false, true],
    );
    render(
      <AttemptComparison
        sessionId={7}
        earlier={earlier}
        attempts={[now]}
        comparison={change(earlier, now)}
      />,
    );
    expect(screen.getByRole("heading", { name: "Earlier session" })).toBeInTheDocument();
    expect(screen.getByRole("row", { name: /^Overall/ })).toHaveTextContent(/down 12/);
    const lost = screen.getByRole("heading", { name: "No longer covered" }).parentElement!;
    expect(within(lost).getByText("Mentions phantom reads")).toBeInTheDocument();
  });

  it("renders nothing for a single attempt, and says when a retry is still being evaluated", () => {
    const { container, rerender } = render(
      <AttemptComparison sessionId={7} earlier={null} attempts={[FIRST]} comparison={null} />,
    );
    expect(container).toBeEmptyDOMElement();
    const pending = attempt(2, 2, null, [false, false, false]);
    rerender(
      <AttemptComparison
        sessionId={7}
        earlier={null}
        attempts={[FIRST, pending]}
        comparison={null}
      />,
    );
    expect(screen.getByText(/Attempt 2 is being evaluated/)).toBeInTheDocument();
    expect(screen.queryByRole("table")).toBeNull();
  });
});

describe("PracticePanel", () => {
  const handlers = () =>
    ({
      takeFollowUp: jest.fn((_answerId: number) => Promise.resolve(null)),
      answerFollowUp: jest.fn((_id: number, _text: string, _seconds: number) =>
        Promise.resolve(null),
      ),
      retry: jest.fn((_questionId: number, _text: string, _seconds: number) =>
        Promise.resolve(null),
      ),
      queueForReview: jest.fn((_questionId: number) => Promise.resolve(null)),
    }) satisfies PracticeHandlers;

  it("offers a follow-up on the latest evaluated attempt and a retry with the length rule", async () => {
    const user = userEvent.setup();
    const h = handlers();
    render(
      <PracticePanel idPrefix="q1" questionId={42} attempts={[FIRST]} canRetry handlers={h} />,
    );
    await user.click(screen.getByRole("button", { name: "Take a follow-up" }));
    expect(h.takeFollowUp).toHaveBeenCalledWith(1);

    await user.click(screen.getByRole("button", { name: "Retry this question" }));
    const box = screen.getByLabelText(/Attempt 2/);
    const submit = screen.getByRole("button", { name: "Submit new attempt" });
    await user.type(box, "too short");
    expect(submit).toBeDisabled();
    await user.type(box, " but now long enough to submit");
    await user.click(submit);
    expect(h.retry).toHaveBeenCalledWith(
      42,
      "too short but now long enough to submit",
      expect.any(Number),
    );
  });

  it("shows a follow-up's question and its score once evaluated; no retry when it is not allowed", () => {
    const withFollowUp: AttemptView = {
      ...FIRST,
      follow_up: {
        follow_up_id: 5,
        parent_answer_id: 1,
        kind: "missed_point",
        prompt: 'Your answer did not cover this point: "Mentions phantom reads". Explain it.',
        point: "Mentions phantom reads",
        point_index: 1,
        provider: "builtin",
        created_at: "2026-12-01T10:01:00.000Z",
        answer: {
          answer_id: 11,
          answer_text: "Phantom reads happen when a range query sees new rows.",
          time_taken: 40,
          submitted_at: "2026-12-01T10:02:00.000Z",
          evaluation_status: "completed",
          evaluation: attempt(
            11,
            1,
            {
              content_quality: 70,
              clarity: 70,
              confidence: 70,
              technical_accuracy: 70,
              overall_score: 70,
            },
            [true, true, true],
          ).evaluation,
        },
      },
    };
    render(
      <PracticePanel
        idPrefix="q1"
        questionId={42}
        attempts={[withFollowUp]}
        canRetry={false}
        handlers={handlers()}
      />,
    );
    const block = screen.getByRole("region", { name: "Follow-up question" });
    expect(within(block).getByText(/did not cover this point/)).toBeInTheDocument();
    expect(within(block).getByText("Score 70 out of 100")).toBeInTheDocument();
    expect(screen.queryByRole("button", { name: "Take a follow-up" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Retry this question" })).toBeNull();
  });
});
