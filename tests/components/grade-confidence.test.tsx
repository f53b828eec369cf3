import { render, screen } from "@testing-library/react";
import { GradeConfidence } from "@/components/summary/grade-confidence";

const evidence = [
  { point: "Uses a TTL", covered: true, score: 0.9, quote: "TTL", start: 0, end: 3 },
  {
    point: "Invalidates on update",
    covered: false,
    score: 0.1,
    quote: null,
    start: null,
    end: null,
  },
];

describe("GradeConfidence", () => {
  test("a low score says what was not addressed", () => {
    render(
      <GradeConfidence
        confidence={{ score: 80, level: "high", reasons: [] }}
        second_opinion={null}
        evidence={evidence}
        overallScore={42}
      />,
    );
    expect(screen.getByText(/did not address/i).parentElement).toHaveTextContent(
      "Invalidates on update",
    );
    expect(screen.queryByText("Low confidence")).not.toBeInTheDocument();
  });

  test("a low-confidence grade is labelled, with reasons and the second opinion", () => {
    render(
      <GradeConfidence
        confidence={{
          score: 30,
          level: "low",
          reasons: ["The two graders disagree by 35 points."],
        }}
        second_opinion={{ provider: "builtin", overallScore: 40, disagreement: 35 }}
        evidence={evidence}
        overallScore={75}
      />,
    );
    expect(screen.getByText("Low confidence")).toBeInTheDocument();
    expect(screen.getByText("The two graders disagree by 35 points.")).toBeInTheDocument();
    expect(
      screen.getByText(/Second opinion from the built-in evaluator: 40\/100/),
    ).toBeInTheDocument();
    expect(screen.queryByText(/did not address/i)).not.toBeInTheDocument();
  });

  test("a confident, good score shows nothing", () => {
    const { container } = render(
      <GradeConfidence
        confidence={{ score: 90, level: "high", reasons: [] }}
        second_opinion={null}
        evidence={evidence}
        overallScore={85}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
