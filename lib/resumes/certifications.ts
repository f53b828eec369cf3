import { findDatePoints } from "./dates/parse-dates";
import { yearOf } from "./dates/month-range";
import type { ResumeLine } from "./sections";
import { fold } from "./text-fold";

export interface Certification {
  name: string;
  issuer: string | null;
  year: number | null;
  lineNumber: number;
}

// Well-known certifications, recognised anywhere in a resume, with their issuers.
const KNOWN: ReadonlyArray<[RegExp, string]> = [
  [/\baws certified [\p{L} -]+?(?=$|[,;|()–—.]|\s{2}|\s-\s|\s\d)/iu, "Amazon Web Services"],
  [
    /\b(?:microsoft certified|azure)[:\s][\p{L} -]*?(?:associate|expert|fundamentals)\b/iu,
    "Microsoft",
  ],
  [/\b(?:az|ai|dp|pl|sc|ms|md)-\d{3}\b/u, "Microsoft"],
  [
    /\bgoogle (?:cloud )?(?:certified )?professional [\p{L} -]+?(?=$|[,;|()–—.]|\s{2}|\s\d)/iu,
    "Google Cloud",
  ],
  [/\b(?:CKA|CKAD|CKS|KCNA)\b/u, "Cloud Native Computing Foundation"],
  [
    /\bcertified kubernetes (?:administrator|application developer|security specialist)\b/iu,
    "Cloud Native Computing Foundation",
  ],
  [/\b(?:PMP|CAPM|PMI-ACP)\b/u, "Project Management Institute"],
  [/\bproject management professional\b/iu, "Project Management Institute"],
  [/\b(?:CISSP|CCSP|SSCP)\b/u, "ISC2"],
  [/\b(?:CISM|CISA|CRISC|CGEIT)\b/u, "ISACA"],
  [/\b(?:OSCP|OSWE|OSEP)\b/u, "OffSec"],
  [/\b(?:CEH)\b|certified ethical hacker/iu, "EC-Council"],
  [/\bcomptia (?:security\+|network\+|a\+|cysa\+|pentest\+|cloud\+|linux\+)/iu, "CompTIA"],
  [/\b(?:security\+|network\+)/iu, "CompTIA"],
  [/\b(?:CCNA|CCNP|CCIE)\b/u, "Cisco"],
  [/\bITIL(?: v?4)?(?: foundation)?\b/iu, "AXELOS"],
  [/\bPRINCE2(?: foundation| practitioner)?\b/iu, "AXELOS"],
  [/\b(?:certified scrummaster|certified scrum master|CSM|CSPO)\b/u, "Scrum Alliance"],
  [/\b(?:PSM|PSPO|PSD)(?: I{1,3})?\b/u, "Scrum.org"],
  [/\bSAFe\s?(?:\d\s)?(?:agilist|practitioner|scrum master|product owner)\b/u, "Scaled Agile"],
  [/\bISTQB(?: [\p{L} -]+?)?(?=$|[,;|()–—.]|\s{2}|\s\d)/iu, "ISTQB"],
  [
    /\boracle certified (?:associate|professional)[\p{L} ,-]*?(?=$|[;|()–—.]|\s{2}|\s\d)/iu,
    "Oracle",
  ],
  [/\b(?:OCA|OCP)\b(?: java)?/u, "Oracle"],
  [/\bhashicorp certified[:\s][\p{L} -]+?(?=$|[,;|()–—.]|\s{2}|\s\d)/iu, "HashiCorp"],
  [/\bterraform associate\b/iu, "HashiCorp"],
  [/\bsalesforce certified [\p{L} -]+?(?=$|[,;|()–—.]|\s{2}|\s\d)/iu, "Salesforce"],
  [/\bdatabricks certified [\p{L} -]+?(?=$|[,;|()–—.]|\s{2}|\s\d)/iu, "Databricks"],
  [/\btensorflow developer certificate\b/iu, "Google"],
  [/\bgoogle analytics (?:certification|individual qualification|certified)\b/iu, "Google"],
  [/\bgoogle ads (?:certification|certified)\b/iu, "Google"],
  [/\bhubspot [\p{L} ]*certification\b/iu, "HubSpot"],
  [/\b(?:six sigma )?(?:green|black|yellow) belt\b/iu, "Six Sigma"],
  [/\bTOGAF(?: \d+)?(?: certified)?\b/u, "The Open Group"],
  [/\b(?:CFA|CPA|ACCA|CIMA|CMA)\b/u, "Accounting body"],
  [/\b(?:BLS|ACLS|PALS)\b/u, "Resuscitation council"],
  [/\bcertified information systems security professional\b/iu, "ISC2"],
];

const ISSUER_HINTS: ReadonlyArray<[RegExp, string]> = [
  [/\baws\b|amazon web services/iu, "Amazon Web Services"],
  [/\bazure\b|microsoft/iu, "Microsoft"],
  [/\bgoogle\b|\bgcp\b/iu, "Google"],
  [/\bcoursera\b/iu, "Coursera"],
  [/\budemy\b/iu, "Udemy"],
  [/\blinux foundation\b/iu, "Linux Foundation"],
  [/\boracle\b/iu, "Oracle"],
  [/\bcisco\b/iu, "Cisco"],
  [/\bscrum\.org\b/iu, "Scrum.org"],
  [/\bscrum alliance\b/iu, "Scrum Alliance"],
  [/\bmongodb\b/iu, "MongoDB"],
  [/\bmeta\b/iu, "Meta"],
  [/\bibm\b/iu, "IBM"],
  [/\bgoethe\b/iu, "Goethe-Institut"],
];

const BULLET = /^\s*[•·▪●*-]\s+/u;

const clean = (text: string): string =>
  text
    .replace(/^\s*[•·▪●*-]\s*/u, "")
    .replace(/\s*\((?:[^)]*\d{4}[^)]*)\)\s*/gu, " ")
    .replace(/[,;|–—-]?\s*(?:issued|obtained|erworben|obtenu|obtenido)?\s*:?\s*$/iu, "")
    .replace(/\s{2,}/g, " ")
    .trim();

function yearIn(text: string): number | null {
  const points = findDatePoints(text).filter((p) => p.monthOnly === undefined);
  return points.length ? yearOf(points.at(-1)!.last) : null;
}

function withoutDates(text: string): string {
  let out = text;
  for (const p of [...findDatePoints(text)].reverse()) {
    if (p.monthOnly !== undefined) continue;
    out = out.slice(0, p.index) + out.slice(p.index + p.length);
  }
  return clean(out.replace(/[,;|–—-]\s*$/u, "").replace(/\(\s*\)/g, ""));
}

function issuerOf(text: string): string | null {
  for (const [pattern, issuer] of KNOWN) if (pattern.test(text)) return issuer;
  for (const [pattern, issuer] of ISSUER_HINTS) if (pattern.test(text)) return issuer;
  return null;
}

/**
 * Every line of a certifications section, plus well-known certifications named anywhere else
 * ("AWS Certified Solutions Architect", "CKA", "PMP"), each once.
 */
export function parseCertifications(lines: readonly ResumeLine[]): Certification[] {
  const found = new Map<string, Certification>();
  const add = (name: string, line: ResumeLine, year: number | null) => {
    const key = fold(name).replace(/[^\p{L}\p{N}+]/gu, "");
    if (name.length < 2 || found.has(key)) return;
    found.set(key, {
      name,
      issuer: issuerOf(name) ?? issuerOf(line.text),
      year,
      lineNumber: line.number,
    });
  };
  // A bulleted list whose items wrap: lines without a bullet continue the item above.
  const section = lines.filter(
    (l) => !l.heading && l.section === "certifications" && l.text.trim() !== "",
  );
  const bulleted = section.some((l) => BULLET.test(l.text));
  const items: ResumeLine[] = [];
  for (const line of section) {
    const previous = items.at(-1);
    // "Issued Mar 2022" under a certification belongs to it.
    const onlyDate =
      withoutDates(line.text).replace(
        /^(?:issued|expires?|obtained|erworben|obtenu|obtenido)\b.*$/iu,
        "",
      ) === "";
    if (previous && (onlyDate || (bulleted && !BULLET.test(line.text)))) {
      items[items.length - 1] = { ...previous, text: `${previous.text} ${line.text.trim()}` };
    } else {
      items.push(line);
    }
  }
  for (const line of items) {
    const pieces = line.text.split(/\s*[;|•]\s*/u).filter((p) => /\p{L}/u.test(p));
    for (const piece of pieces) {
      const name = withoutDates(piece);
      if (name && name.length <= 150) add(name, line, yearIn(piece) ?? yearIn(line.text));
    }
  }
  for (const line of lines) {
    if (line.heading || line.section === "certifications") continue;
    for (const [pattern] of KNOWN) {
      const m = pattern.exec(line.text);
      if (m) add(clean(m[0]), line, yearIn(line.text));
    }
  }
  return [...found.values()];
}
