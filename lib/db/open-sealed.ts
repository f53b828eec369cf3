import {
  answerTextContext,
  evaluationContext,
  type EvaluationSealedField,
  summaryContext,
  draftTextContext,
  followUpContext,
  openJsonField,
  personalQuestionContext,
  userNameContext,
} from "@/lib/crypto/personal-columns";
import { openField, openOptionalField } from "@/lib/crypto/sealed-field";
import { Prisma } from "./generated/client";

/** An evaluation's sealed JSON column, opened (the row is known by its answer). */
const evaluationJson = <F extends Exclude<EvaluationSealedField, "exampleAnswer">>(field: F) => ({
  needs: { [field]: true, answerId: true } as Record<F | "answerId", true>,
  compute: (e: Record<F, Prisma.JsonValue> & { answerId: number }) =>
    openJsonField(e[field], evaluationContext(e.answerId, field)),
});

/** A session summary's sealed JSON column, opened. */
const summaryJson = <F extends "strengths" | "improvements">(field: F) => ({
  needs: { [field]: true, sessionId: true } as Record<F | "sessionId", true>,
  compute: (s: Record<F, Prisma.JsonValue> & { sessionId: number }) =>
    openJsonField(s[field], summaryContext(s.sessionId, field)),
});

/**
 * The one read path of the personal free-text columns (lib/crypto/personal-columns.ts): every
 * query of the app's client, nested includes and transactions too, returns them opened, so no
 * caller can show ciphertext. Values stored before encryption pass through unchanged.
 */
export const openSealedColumns = Prisma.defineExtension({
  name: "open-sealed-columns",
  result: {
    answer: {
      answerText: {
        needs: { answerText: true, sessionId: true, questionId: true, kind: true, attempt: true },
        compute: (a) => openField(a.answerText, answerTextContext(a)),
      },
    },
    answerDraft: {
      draftText: {
        needs: { draftText: true, sessionId: true, questionId: true },
        compute: (d) => openField(d.draftText, draftTextContext(d)),
      },
    },
    user: {
      name: {
        needs: { name: true, id: true },
        compute: (u) => openField(u.name, userNameContext(u.id)),
      },
    },
    question: {
      questionText: {
        needs: { questionText: true, fingerprint: true },
        compute: (q) => openField(q.questionText, personalQuestionContext(q.fingerprint, "text")),
      },
      modelAnswer: {
        needs: { modelAnswer: true, fingerprint: true },
        compute: (q) =>
          openOptionalField(q.modelAnswer, personalQuestionContext(q.fingerprint, "model-answer")),
      },
      expectedAnswerPoints: {
        needs: { expectedAnswerPoints: true, fingerprint: true },
        compute: (q) =>
          openJsonField(q.expectedAnswerPoints, personalQuestionContext(q.fingerprint, "points")),
      },
    },
    evaluation: {
      strengths: evaluationJson("strengths"),
      improvements: evaluationJson("improvements"),
      suggestions: evaluationJson("suggestions"),
      exampleAnswer: {
        needs: { exampleAnswer: true, answerId: true },
        compute: (e) =>
          openOptionalField(e.exampleAnswer, evaluationContext(e.answerId, "exampleAnswer")),
      },
      evidence: evaluationJson("evidence"),
      star: evaluationJson("star"),
    },
    sessionSummary: {
      strengths: summaryJson("strengths"),
      improvements: summaryJson("improvements"),
    },
    followUp: {
      prompt: {
        needs: { prompt: true, parentAnswerId: true },
        compute: (f) => openField(f.prompt, followUpContext(f.parentAnswerId, "prompt")),
      },
      point: {
        needs: { point: true, parentAnswerId: true },
        compute: (f) => openField(f.point, followUpContext(f.parentAnswerId, "point")),
      },
    },
  },
});
