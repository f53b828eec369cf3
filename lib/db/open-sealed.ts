import {
  answerTextContext,
  evaluationContext,
  summaryContext,
  draftTextContext,
  followUpContext,
  openJsonField,
  personalQuestionContext,
  userNameContext,
} from "@/lib/crypto/personal-columns";
import { openField, openOptionalField } from "@/lib/crypto/sealed-field";
import { Prisma } from "./generated/client";

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
      strengths: {
        needs: { strengths: true, answerId: true },
        compute: (e) => openJsonField(e.strengths, evaluationContext(e.answerId, "strengths")),
      },
      improvements: {
        needs: { improvements: true, answerId: true },
        compute: (e) =>
          openJsonField(e.improvements, evaluationContext(e.answerId, "improvements")),
      },
      suggestions: {
        needs: { suggestions: true, answerId: true },
        compute: (e) => openJsonField(e.suggestions, evaluationContext(e.answerId, "suggestions")),
      },
      exampleAnswer: {
        needs: { exampleAnswer: true, answerId: true },
        compute: (e) =>
          openOptionalField(e.exampleAnswer, evaluationContext(e.answerId, "exampleAnswer")),
      },
      evidence: {
        needs: { evidence: true, answerId: true },
        compute: (e) => openJsonField(e.evidence, evaluationContext(e.answerId, "evidence")),
      },
      star: {
        needs: { star: true, answerId: true },
        compute: (e) => openJsonField(e.star, evaluationContext(e.answerId, "star")),
      },
    },
    sessionSummary: {
      strengths: {
        needs: { strengths: true, sessionId: true },
        compute: (s) => openJsonField(s.strengths, summaryContext(s.sessionId, "strengths")),
      },
      improvements: {
        needs: { improvements: true, sessionId: true },
        compute: (s) => openJsonField(s.improvements, summaryContext(s.sessionId, "improvements")),
      },
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
