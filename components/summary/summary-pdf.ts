import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import {
  disfluencyText,
  lengthText,
  paceText,
  pausesText,
} from "@/components/interview/delivery-text";
import { CRITERIA } from "@/lib/evaluations/criteria";
import type { SessionSummary } from "@/lib/summaries/get-summary";
import { CATEGORY_LABELS } from "@/lib/validations/enums";

// A4 in points, with 2 cm margins.
const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const INK = rgb(0.1, 0.1, 0.12);
const MUTED = rgb(0.4, 0.4, 0.45);

// Characters the standard PDF fonts can draw (WinAnsi): Latin-1 plus the typographic extras.
const WIN_ANSI_EXTRA = new Set("€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ");

/** Text the standard fonts can draw: other scripts become "?" rather than failing the file. */
export function toWinAnsi(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === "\t") out += " ";
    else if ((code >= 0x20 && code <= 0x7e) || (code >= 0xa0 && code <= 0xff)) out += ch;
    else if (WIN_ANSI_EXTRA.has(ch)) out += ch;
    else if (ch === "\u2212") out += "-";
    else out += "?";
  }
  return out;
}

class Writer {
  page: PDFPage;
  y: number;
  constructor(
    private readonly doc: PDFDocument,
    private readonly fonts: { regular: PDFFont; bold: PDFFont },
  ) {
    this.page = doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  private ensure(height: number) {
    if (this.y - height >= PAGE.margin) return;
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - PAGE.margin;
  }

  /** Wrapped text; each paragraph of the input stays a paragraph. */
  text(raw: string, { size = 10, bold = false, color = INK, gap = 4 } = {}) {
    const font = bold ? this.fonts.bold : this.fonts.regular;
    const width = PAGE.width - 2 * PAGE.margin;
    const lineHeight = size * 1.35;
    for (const paragraph of toWinAnsi(raw).split(/\r?\n/)) {
      let line = "";
      const flush = () => {
        this.ensure(lineHeight);
        this.page.drawText(line, { x: PAGE.margin, y: this.y - size, size, font, color });
        this.y -= lineHeight;
        line = "";
      };
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const next = line ? `${line} ${word}` : word;
        if (font.widthOfTextAtSize(next, size) <= width) {
          line = next;
          continue;
        }
        if (line) flush();
        // A word longer than the line is cut where it fills it.
        let rest = word;
        while (font.widthOfTextAtSize(rest, size) > width) {
          let cut = rest.length - 1;
          while (cut > 1 && font.widthOfTextAtSize(rest.slice(0, cut), size) > width) cut -= 1;
          line = rest.slice(0, cut);
          flush();
          rest = rest.slice(cut);
        }
        line = rest;
      }
      if (line || paragraph === "") flush();
    }
    this.y -= gap;
  }

  list(items: string[], size = 10) {
    for (const item of items) this.text(`• ${item}`, { size, gap: 1 });
    this.y -= 3;
  }

  space(points: number) {
    this.y -= points;
  }
}

function statusLine(q: SessionSummary["questions"][number]): string {
  if (q.status === "skipped") return q.timed_out ? "Timed out (scores 0)" : "Skipped (scores 0)";
  if (q.status === "pending") return "Not reached";
  const score = q.evaluation?.scores?.overall_score;
  if (q.evaluation_status === "completed" && score != null) return `Score ${score}/100`;
  if (q.evaluation_status === "failed") return "Evaluation failed";
  return "Being evaluated";
}

/**
 * A session summary as a PDF (pdf-lib, standard fonts): overall score and criteria, strengths and
 * areas to improve, then each question with the answer, its scores, feedback and delivery.
 */
export async function renderSummaryPdf(
  summary: SessionSummary,
  { dateLabel }: { dateLabel: string },
): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Interview summary - ${toWinAnsi(summary.role)}`);
  doc.setProducer("InterviewMaster");
  doc.setCreationDate(new Date());
  const fonts = {
    regular: await doc.embedFont(StandardFonts.Helvetica),
    bold: await doc.embedFont(StandardFonts.HelveticaBold),
  };
  const w = new Writer(doc, fonts);

  w.text("Interview summary", { size: 20, bold: true, gap: 2 });
  w.text(`${summary.role} · ${summary.difficulty} · ${dateLabel}`, { color: MUTED, gap: 12 });
  const score = summary.overall_session_score;
  w.text(score === null ? "Overall score: not yet scored" : `Overall score: ${score}/100`, {
    size: 14,
    bold: true,
  });
  if (summary.evaluations_pending > 0) {
    w.text(`${summary.evaluations_pending} answer(s) still being evaluated.`, { color: MUTED });
  }
  if (summary.criteria) {
    const criteria = summary.criteria;
    w.text(CRITERIA.map(({ key, label }) => `${label} ${criteria[key]}`).join("   ·   "), {
      color: MUTED,
      gap: 10,
    });
  }
  if (summary.strengths.length > 0) {
    w.text("Strengths", { size: 12, bold: true, gap: 2 });
    w.list(summary.strengths);
  }
  if (summary.improvements.length > 0) {
    w.text("To improve", { size: 12, bold: true, gap: 2 });
    w.list(summary.improvements);
  }

  for (const q of summary.questions) {
    w.space(8);
    w.text(`Question ${q.question_number} · ${CATEGORY_LABELS[q.category]} · ${statusLine(q)}`, {
      size: 12,
      bold: true,
      gap: 2,
    });
    w.text(q.question_text, { bold: true, gap: 6 });
    if (q.answer_text) {
      w.text("Your answer", { size: 9, bold: true, color: MUTED, gap: 1 });
      w.text(q.answer_text, { gap: 6 });
    }
    const e = q.evaluation;
    if (q.evaluation_status === "completed" && e?.scores) {
      const scores = e.scores;
      w.text(CRITERIA.map(({ key, label }) => `${label} ${scores[key]}`).join("   ·   "), {
        size: 9,
        color: MUTED,
        gap: 4,
      });
      if (e.feedback.strengths.length > 0) {
        w.text("Strengths", { size: 9, bold: true, gap: 1 });
        w.list(e.feedback.strengths, 9);
      }
      const improve = [...e.feedback.improvements, ...e.feedback.suggestions];
      if (improve.length > 0) {
        w.text("To improve", { size: 9, bold: true, gap: 1 });
        w.list([...new Set(improve)], 9);
      }
    }
    if (q.delivery) {
      const d = q.delivery;
      const typed = d.mode === "typed";
      const parts = [
        ["Pace", paceText(d.pace)],
        ["Fillers", disfluencyText(d.fillers, "fillers", typed)],
        ["Hedges", disfluencyText(d.hedges, "hedges", typed)],
        ["Pauses", pausesText(d.pauses)],
        ["Length", lengthText(d.length, typed)],
      ] as const;
      w.text(`Delivery (${typed ? "typed" : "spoken"})`, { size: 9, bold: true, gap: 1 });
      w.list(
        parts.map(([label, t]) => `${label}: ${t.value} - ${t.note}`),
        9,
      );
    }
  }
  return doc.save();
}
