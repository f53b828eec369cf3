import { render, screen, within } from "@testing-library/react";
import { DeliveryCard } from "@/components/interview/delivery-card";
import { analyzeDelivery } from "@/lib/delivery";

const filler = (n: number) =>
  Array.from({ length: n }, () => "the cache keeps hot reads").join(" ");

/** The value and note shown for one measure. */
function measure(label: string) {
  const term = screen.getByText(label, { selector: "dt" });
  return within(term.parentElement!);
}

describe("DeliveryCard", () => {
  it("shows a spoken answer's pace against the band, fillers, hedges, pauses and length", () => {
    const transcript = `Um, so, ${filler(60)}. I think maybe ${filler(8)}, you know.`;
    const words = transcript.split(/\s+/).map((word, i) => ({
      word,
      start: i * 0.4 + (i >= 150 ? 3 : 0),
      end: i * 0.4 + 0.3 + (i >= 150 ? 3 : 0),
    }));
    const report = analyzeDelivery({
      mode: "spoken",
      transcript,
      durationSeconds: 150,
      timeLimitSeconds: 180,
      words,
    });
    render(<DeliveryCard report={report} />);
    expect(screen.getByRole("heading", { name: "Delivery" })).toBeInTheDocument();
    expect(screen.getByText("From your recording.")).toBeInTheDocument();
    if (!report.pace.measured) throw new Error("pace not measured");
    expect(measure("Pace").getByText(`${report.pace.wordsPerMinute} wpm`)).toBeInTheDocument();
    expect(measure("Pace").getByText(/130–160 wpm/)).toBeInTheDocument();
    expect(measure("Filler words").getByText(/“um” ×1/)).toBeInTheDocument();
    expect(measure("Filler words").getByText(/“you know” ×1/)).toBeInTheDocument();
    expect(measure("Hedges").getByText(/“i think maybe” ×1/)).toBeInTheDocument();
    expect(measure("Long pauses").getByText("1")).toBeInTheDocument();
    expect(measure("Long pauses").getByText(/Longest 3\.1 s/)).toBeInTheDocument();
    expect(measure("Length").getByText("02:30 of 03:00")).toBeInTheDocument();
    expect(measure("Length").getByText("A complete length.")).toBeInTheDocument();
  });

  it("says what a slow pace and a short answer need", () => {
    const report = analyzeDelivery({
      mode: "spoken",
      transcript: filler(6),
      durationSeconds: 20,
      timeLimitSeconds: 120,
    });
    render(<DeliveryCard report={report} />);
    expect(measure("Pace").getByText("90 wpm")).toBeInTheDocument();
    expect(measure("Pace").getByText(/Slower than 130–160 wpm/)).toBeInTheDocument();
    expect(measure("Length").getByText("Too short: aim for at least 00:36.")).toBeInTheDocument();
    expect(measure("Long pauses").getByText("No timings to measure pauses.")).toBeInTheDocument();
  });

  it("gives a typed answer its text measures, without a pace", () => {
    const report = analyzeDelivery({
      mode: "typed",
      transcript: `Basically ${filler(30)}. Probably ${filler(5)}.`,
      timeLimitSeconds: 180,
    });
    render(<DeliveryCard report={report} />);
    expect(screen.getByText(/rates are per minute as if read aloud/)).toBeInTheDocument();
    expect(
      measure("Pace").getByText("Pace is measured on spoken answers only."),
    ).toBeInTheDocument();
    expect(
      measure("Filler words").getByText(/“basically” ×1 \(as if read aloud\)/),
    ).toBeInTheDocument();
    expect(measure("Length").getByText(`${report.wordCount} words`)).toBeInTheDocument();
    expect(
      measure("Long pauses").getByText("Pauses are measured on spoken answers."),
    ).toBeInTheDocument();
  });

  it("praises an answer without fillers or hedges", () => {
    render(<DeliveryCard report={analyzeDelivery({ mode: "typed", transcript: filler(20) })} />);
    expect(measure("Filler words").getByText("No filler words.")).toBeInTheDocument();
    expect(measure("Hedges").getByText("No hedging: you sounded sure.")).toBeInTheDocument();
  });
});
