import { render, screen } from "@testing-library/react";
import { buildHighlights, EvidenceHighlighter } from "@/components/summary/evidence-highlighter";
import { PointChecklist } from "@/components/summary/point-checklist";
import type { PointEvidence } from "@/lib/ai/types";

const ANSWER =
  "I would use a hash map for lookups. Collisions are handled with chaining. Resizing keeps the load factor low.";

/** Evidence for `quote`, with offsets computed from the answer. */
function covered(point: string, quote: string, text = ANSWER): PointEvidence {
  const start = text.indexOf(quote);
  if (start < 0) throw new Error(`quote not in text: ${quote}`);
  return { point, covered: true, score: 0.9, quote, start, end: start + quote.length };
}
const missed = (point: string): PointEvidence => ({
  point,
  covered: false,
  score: 0.1,
  quote: null,
  start: null,
  end: null,
});

function marks(container: HTMLElement) {
  return Array.from(container.querySelectorAll("mark"));
}

describe("EvidenceHighlighter", () => {
  it("gives each point its own colour, the same in the checklist's quote", () => {
    const evidence = [
      covered("Uses a hash map", "hash map"),
      covered("Handles collisions", "chaining"),
    ];
    const { container } = render(
      <>
        <EvidenceHighlighter text={ANSWER} evidence={evidence} />
        <PointChecklist evidence={evidence} />
      </>,
    );
    const marks = [...container.querySelectorAll("mark")];
    expect(marks).toHaveLength(2);
    const tone = (el: Element) => el.className.match(/chart-\d/)?.[0];
    expect(tone(marks[0]!)).toBeDefined();
    expect(tone(marks[0]!)).not.toBe(tone(marks[1]!));
    const quotes = [...container.querySelectorAll("blockquote")];
    expect(quotes.map(tone)).toEqual(marks.map(tone));
  });

  it("marks exactly answerText.slice(start, end) for each covered point, and nothing for missed ones", () => {
    const evidence = [
      covered("Uses a hash map", "hash map for lookups"),
      missed("Mentions time complexity"),
      covered("Explains collision handling", "handled with chaining"),
    ];
    const { container } = render(<EvidenceHighlighter text={ANSWER} evidence={evidence} />);
    const found = marks(container);
    expect(found).toHaveLength(2);
    expect(found[0]!.textContent).toBe(ANSWER.slice(evidence[0]!.start!, evidence[0]!.end!));
    expect(found[1]!.textContent).toBe(ANSWER.slice(evidence[2]!.start!, evidence[2]!.end!));
    // Numbered like the checklist (1-based position in the evidence list).
    expect(found[0]).toHaveAttribute("data-points", "1");
    expect(found[1]).toHaveAttribute("data-points", "3");
    // Screen readers hear which point each highlight covers.
    expect(screen.getByText(/evidence for point 3: Explains collision handling/)).toHaveClass(
      "sr-only",
    );
  });

  it("keeps every character of the answer, in order, outside the labels", () => {
    const evidence = [covered("A", "hash map"), covered("B", "load factor")];
    const { container } = render(<EvidenceHighlighter text={ANSWER} evidence={evidence} />);
    const paragraph = container.querySelector("[data-slot=evidence-highlighter]")!;
    const clone = paragraph.cloneNode(true) as HTMLElement;
    clone.querySelectorAll("sup, .sr-only").forEach((el) => el.remove());
    expect(clone.textContent).toBe(ANSWER);
  });

  it("merges overlapping spans into one highlight naming both points", () => {
    const text = "Chaining with linked lists handles collisions well.";
    const a: PointEvidence = {
      point: "Chaining",
      covered: true,
      score: 1,
      quote: text.slice(0, 26),
      start: 0,
      end: 26,
    };
    const b: PointEvidence = {
      point: "Collisions",
      covered: true,
      score: 1,
      quote: text.slice(14, 45),
      start: 14,
      end: 45,
    };
    const { container } = render(<EvidenceHighlighter text={text} evidence={[a, b]} />);
    const found = marks(container);
    expect(found).toHaveLength(1);
    expect(found[0]!.textContent).toBe(text.slice(0, 45));
    expect(found[0]).toHaveAttribute("data-points", "1,2");
    expect(screen.getByText(/point 1: Chaining; point 2: Collisions/)).toBeInTheDocument();
  });

  it("keeps adjacent spans as separate highlights", () => {
    const text = "FirstSecond rest";
    const a: PointEvidence = {
      point: "P1",
      covered: true,
      score: 1,
      quote: "First",
      start: 0,
      end: 5,
    };
    const b: PointEvidence = {
      point: "P2",
      covered: true,
      score: 1,
      quote: "Second",
      start: 5,
      end: 11,
    };
    const { container } = render(<EvidenceHighlighter text={text} evidence={[b, a]} />);
    expect(marks(container).map((m) => m.textContent)).toEqual(["First", "Second"]);
  });

  it("renders the plain answer when there is no evidence", () => {
    const { container } = render(<EvidenceHighlighter text={ANSWER} evidence={[]} />);
    expect(marks(container)).toHaveLength(0);
    expect(container.textContent).toBe(ANSWER);
  });

  it("falls back to the quote when offsets are out of range, and skips what cannot be placed", () => {
    const bad: PointEvidence = {
      point: "Resizing",
      covered: true,
      score: 1,
      quote: "Resizing",
      start: 900,
      end: 908,
    };
    const lost: PointEvidence = {
      point: "Ghost",
      covered: true,
      score: 1,
      quote: "not in the answer",
      start: null,
      end: null,
    };
    expect(buildHighlights(ANSWER, [bad, lost])).toEqual([
      {
        start: ANSWER.indexOf("Resizing"),
        end: ANSWER.indexOf("Resizing") + 8,
        points: [{ number: 1, text: "Resizing" }],
      },
    ]);
  });
});

describe("PointChecklist", () => {
  it("lists covered ✓ and missed ✗ points with the quote", () => {
    render(
      <PointChecklist
        evidence={[
          covered("Uses a hash map", "hash map for lookups"),
          missed("Mentions complexity"),
        ]}
      />,
    );
    expect(screen.getByText("1 of 2 expected points covered.")).toBeInTheDocument();
    const items = screen.getAllByRole("listitem");
    expect(items[0]).toHaveTextContent("Covered: Uses a hash map");
    expect(items[0]).toHaveTextContent("“hash map for lookups”");
    expect(items[1]).toHaveTextContent("Missed: Mentions complexity");
  });
});
