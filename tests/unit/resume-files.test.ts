/**
 * Real files through the upload checks and text extraction: generated PDF and DOCX resumes,
 * two-column reading order, and every way a file can be unusable (oversized, wrong type,
 * encrypted, scanned, empty, damaged), each with its status and message.
 */
import { getDocumentProxy, extractText } from "unpdf";
import { checkResumeFile, MAX_RESUME_BYTES } from "@/lib/resumes/file-type";
import { extractResumeText } from "@/lib/resumes/extract-text";
import { ResumeFileError } from "@/lib/resumes/errors";
import {
  docxFile,
  encryptedOfficeFile,
  encryptedPdf,
  legacyDocFile,
  scannedPdf,
  textPdf,
  twoColumnPdf,
} from "../helpers/resume-files";

async function problemOf(action: () => unknown): Promise<ResumeFileError> {
  try {
    await action();
  } catch (error) {
    if (error instanceof ResumeFileError) return error;
    throw error;
  }
  throw new Error("expected a ResumeFileError");
}

const RESUME = [
  "Zoë Müller — Senior Data Engineer",
  "Experience",
  "Senior Data Engineer, Nordlicht GmbH, März 2020 – heute",
  "• Built pipelines with Apache Airflow, dbt and Snowflake.",
  "Skills: Python, SQL, Spark, Kubernetes",
];

describe("upload checks", () => {
  it("accepts PDF and DOCX by extension and signature", async () => {
    expect(checkResumeFile("cv.pdf", await textPdf(RESUME))).toBe("pdf");
    expect(checkResumeFile("Lebenslauf Müller.DOCX", await docxFile(RESUME))).toBe("docx");
  });

  it("refuses files above 10 MB with 413 and accepts exactly 10 MB", async () => {
    const big = Buffer.alloc(MAX_RESUME_BYTES + 1);
    big.write("%PDF-1.7\n");
    const error = await problemOf(() => checkResumeFile("cv.pdf", big));
    expect(error).toMatchObject({ problem: "TOO_LARGE", status: 413 });
    expect(error.message).toMatch(/at most 10 MB/);
    const limit = Buffer.alloc(MAX_RESUME_BYTES);
    limit.write("%PDF-1.7\n");
    expect(checkResumeFile("cv.pdf", limit)).toBe("pdf");
  });

  it("refuses other types (415) and content that does not match the extension", async () => {
    const png = Buffer.from("89504e470d0a1a0a0000000d49484452", "hex");
    expect(await problemOf(() => checkResumeFile("cv.png", png))).toMatchObject({
      problem: "UNSUPPORTED_TYPE",
      status: 415,
    });
    expect(await problemOf(() => checkResumeFile("cv", png))).toMatchObject({ status: 415 });
    expect(await problemOf(() => checkResumeFile("cv.pdf", png))).toMatchObject({
      problem: "TYPE_MISMATCH",
      status: 415,
    });
    const docx = await docxFile(RESUME);
    const mismatch = await problemOf(() => checkResumeFile("cv.pdf", docx));
    expect(mismatch.message).toMatch(/named \.pdf but its content is a Word document/);
    // A zip archive that is not a Word document.
    const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), Buffer.alloc(200)]);
    expect(await problemOf(() => checkResumeFile("cv.docx", zip))).toMatchObject({
      problem: "TYPE_MISMATCH",
    });
    expect(await problemOf(() => checkResumeFile("cv.pdf", Buffer.alloc(0)))).toMatchObject({
      problem: "EMPTY_FILE",
      status: 422,
    });
  });

  it("explains legacy .doc and password-protected Word files", async () => {
    expect(await problemOf(() => checkResumeFile("cv.doc", legacyDocFile()))).toMatchObject({
      problem: "LEGACY_DOC",
      status: 415,
    });
    const locked = await problemOf(() => checkResumeFile("cv.docx", encryptedOfficeFile()));
    expect(locked).toMatchObject({ problem: "ENCRYPTED", status: 422 });
    expect(locked.message).toMatch(/password-protected/);
    expect(locked.details).toEqual({ file: [locked.message] });
  });
});

describe("text extraction", () => {
  it("reads a generated PDF and DOCX, accents and dashes intact", async () => {
    const pdf = await extractResumeText(await textPdf(RESUME), "pdf");
    expect(pdf.text).toContain("März 2020 – heute");
    expect(pdf.text).toContain("Zoë Müller");
    expect(pdf.pages).toBe(1);
    const docx = await extractResumeText(await docxFile(RESUME), "docx");
    expect(docx.text.split("\n")).toEqual(RESUME);
  });

  it("reads two columns one after the other, not interleaved", async () => {
    const left = ["SKILLS", "Python", "Kubernetes", "Terraform", "LANGUAGES", "German", "English"];
    const right = [
      "EXPERIENCE",
      "Platform Engineer, Acme GmbH, 2019 – 2023",
      "Ran the Kubernetes clusters for forty teams.",
      "Site Reliability Engineer, Initech, 2016 – 2019",
      "Cut paging noise in half with better alert rules.",
      "EDUCATION",
      "B.Sc. Computer Science, TU Berlin, 2012 – 2016",
    ];
    const { text } = await extractResumeText(await twoColumnPdf(left, right), "pdf");
    const lines = text.split("\n");
    // What a naive reader does: pair rows across the gutter.
    const unpdf = await extractText(await getDocumentProxy(await twoColumnPdf(left, right)), {
      mergePages: true,
    });
    expect(unpdf.text).toContain("Python Platform Engineer");
    expect(lines).toEqual(["Maria Álvarez", ...left, ...right]);
  });

  it("keeps dates set in their own column on their entry's row", async () => {
    const pdf = await (async () => {
      const { PDFDocument, StandardFonts } = await import("pdf-lib");
      const doc = await PDFDocument.create();
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([595, 842]);
      const rows: [string, string][] = [
        ["2021 – heute", "Senior Entwickler, Nordlicht GmbH"],
        ["", "Microservices mit Go und PostgreSQL betrieben."],
        ["2018 – 2021", "Entwickler, Brückner KG"],
        ["", "Webshop mit PHP und MySQL gebaut."],
        ["2015 – 2018", "Werkstudent, Datenwerk GmbH"],
      ];
      rows.forEach(([date, text], i) => {
        if (date) page.drawText(date, { x: 50, y: 780 - i * 14, size: 10, font });
        page.drawText(text, { x: 160, y: 780 - i * 14, size: 10, font });
      });
      return doc.save();
    })();
    const { text } = await extractResumeText(pdf, "pdf");
    expect(text.split("\n")[0]).toBe("2021 – heute  Senior Entwickler, Nordlicht GmbH");
    expect(text.split("\n")[2]).toBe("2018 – 2021  Entwickler, Brückner KG");
  });

  it("explains a password-protected PDF, and reads one locked only against editing", async () => {
    const text = "Senior engineer with Python, Kubernetes and PostgreSQL, ten years in Berlin";
    const locked = encryptedPdf(text, { user: "secret", owner: "owner" });
    // The file is really encrypted: with its password a PDF reader opens it.
    const opened = await extractText(
      await getDocumentProxy(new Uint8Array(locked), { password: "secret" }),
      {
        mergePages: true,
      },
    );
    expect(opened.text).toBe(text);
    const error = await problemOf(() => extractResumeText(locked, "pdf"));
    expect(error).toMatchObject({ problem: "ENCRYPTED", status: 422 });
    expect(error.message).toMatch(/password-protected/);

    const ownerOnly = encryptedPdf(text, { user: "", owner: "owner" });
    expect((await extractResumeText(ownerOnly, "pdf")).text).toBe(text);
  });

  it("explains a scanned PDF with no text layer, and an empty one", async () => {
    const scanned = await problemOf(async () => extractResumeText(await scannedPdf(), "pdf"));
    expect(scanned).toMatchObject({ problem: "NO_TEXT_LAYER", status: 422 });
    expect(scanned.message).toMatch(/scanned image/);
    const { PDFDocument } = await import("pdf-lib");
    const blank = await PDFDocument.create();
    blank.addPage();
    expect(await problemOf(async () => extractResumeText(await blank.save(), "pdf"))).toMatchObject(
      {
        problem: "NO_TEXT",
      },
    );
    expect(
      await problemOf(async () => extractResumeText(await docxFile(["", " "]), "docx")),
    ).toMatchObject({
      problem: "NO_TEXT",
    });
  });

  it("explains damaged PDF and DOCX files", async () => {
    const pdf = await textPdf(RESUME);
    for (const bytes of [
      pdf.slice(0, Math.floor(pdf.length / 2)),
      Buffer.from(`%PDF-1.7\n${"x".repeat(500)}`),
    ]) {
      expect(await problemOf(() => extractResumeText(bytes, "pdf"))).toMatchObject({
        problem: "CORRUPT",
        status: 422,
      });
    }
    const docx = await docxFile(RESUME);
    const broken = Buffer.concat([
      Buffer.from(docx.slice(0, 300)),
      Buffer.from("word/document.xml"),
    ]);
    expect(checkResumeFile("cv.docx", broken)).toBe("docx");
    const error = await problemOf(() => extractResumeText(broken, "docx"));
    expect(error).toMatchObject({ problem: "CORRUPT" });
    expect(error.message).toMatch(/damaged/);
  });

  it("reads at most 30 pages of a very long PDF", async () => {
    const lines = Array.from(
      { length: 40 * 55 },
      (_, i) => `Page line ${i} with enough letters to count as text`,
    );
    const result = await extractResumeText(await textPdf(lines), "pdf");
    expect(result.pages).toBeGreaterThan(30);
    expect(result.pagesRead).toBe(30);
    expect(result.text).toContain("Page line 0 ");
    expect(result.text).not.toContain(`Page line ${40 * 55 - 1} `);
  });
});
