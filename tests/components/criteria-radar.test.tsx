import { render, screen } from "@testing-library/react";
import fc from "fast-check";
import { CriteriaRadar, radarPoint } from "@/components/summary/criteria-radar";
import type { CriteriaByKey } from "@/lib/evaluations/criteria";

const score = fc.integer({ min: 0, max: 100 });
const criteriaArb = fc.record<CriteriaByKey>({
  content_quality: score,
  clarity: score,
  confidence: score,
  technical_accuracy: score,
});

function vertices(container: HTMLElement) {
  const points = container.querySelector('[data-testid="radar-scores"]')?.getAttribute("points");
  return (points ?? "").split(" ").map((p) => p.split(",").map(Number) as [number, number]);
}

describe("CriteriaRadar", () => {
  it("is one image named with every criterion and its score", () => {
    render(
      <CriteriaRadar
        criteria={{ content_quality: 72, clarity: 64, confidence: 80, technical_accuracy: 55 }}
        summaryId="bars"
      />,
    );
    const img = screen.getByRole("img");
    expect(img).toHaveAccessibleName(
      "Radar chart of criteria scores out of 100: Content quality 72, Clarity 64, Confidence 80, Technical accuracy 55",
    );
    expect(img).toHaveAttribute("aria-describedby", "bars");
    expect(img).toHaveTextContent("Content72");
  });

  it("puts each score on its own axis at a distance proportional to the score (property)", () => {
    const center = radarPoint(0, 4, 0);
    const full = radarPoint(0, 4, 100);
    const radius = Math.hypot(full.x - center.x, full.y - center.y);
    fc.assert(
      fc.property(criteriaArb, (criteria) => {
        const { container, unmount } = render(<CriteriaRadar criteria={criteria} />);
        const got = vertices(container);
        const expected = [
          criteria.content_quality,
          criteria.clarity,
          criteria.confidence,
          criteria.technical_accuracy,
        ];
        expect(got).toHaveLength(4);
        got.forEach(([x, y], i) => {
          const distance = Math.hypot(x - center.x, y - center.y);
          expect(Math.abs(distance - (expected[i]! / 100) * radius)).toBeLessThan(0.2);
          // Axis i points at -90° + 90°·i: up, right, down, left.
          if (expected[i]! > 5) {
            const angle = Math.atan2(y - center.y, x - center.x);
            const want = -Math.PI / 2 + (Math.PI / 2) * i;
            expect(
              Math.abs(Math.atan2(Math.sin(angle - want), Math.cos(angle - want))),
            ).toBeLessThan(0.05);
          }
        });
        unmount();
      }),
      { numRuns: 100 },
    );
  });

  it("keeps out-of-range scores on the chart", () => {
    const center = radarPoint(0, 4, 0);
    expect(radarPoint(1, 4, 150)).toEqual(radarPoint(1, 4, 100));
    expect(radarPoint(2, 4, -10)).toEqual(center);
  });
});
