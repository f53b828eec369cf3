"use server";

import { redirect } from "next/navigation";
import { headers } from "next/headers";
import { authedAction } from "@/lib/actions/authed-action";
import { clientIp } from "@/lib/api/client-ip";
import { assertCommunityEnabled } from "@/lib/community/feature";
import { startCompanySession } from "@/lib/community/practise";
import {
  confirmQuestion,
  reportQuestion,
  submitCommunityQuestion,
  voteOnQuestion,
} from "@/lib/community/service";
import { toId } from "@/lib/validations/id";

async function auditContext() {
  const h = await headers();
  return { ip: clientIp(h), userAgent: h.get("user-agent") };
}

export const submitQuestionAction = authedAction(
  { from: "/community/submit" },
  async (user, input: unknown) => {
    await assertCommunityEnabled(user.id);
    const { question, duplicates } = await submitCommunityQuestion(
      user.id,
      input,
      await auditContext(),
    );
    return { id: question.id, duplicates: duplicates.length };
  },
);

export const voteAction = authedAction(
  { from: "/community" },
  async (user, id: unknown, vote: unknown) => {
    await assertCommunityEnabled(user.id);
    return voteOnQuestion(user.id, toId(id, "Community question"), { vote });
  },
);

export const confirmAction = authedAction({ from: "/community" }, async (user, id: unknown) => {
  await assertCommunityEnabled(user.id);
  return confirmQuestion(user.id, toId(id, "Community question"));
});

export const reportAction = authedAction(
  { from: "/community" },
  async (user, id: unknown, input: unknown) => {
    await assertCommunityEnabled(user.id);
    return reportQuestion(user.id, toId(id, "Community question"), input, await auditContext());
  },
);

export const practiseCompanyAction = authedAction(
  { from: "/community" },
  async (user, company: unknown, role: unknown) => {
    await assertCommunityEnabled(user.id);
    const session = await startCompanySession(user.id, { company, role, question_count: 5 });
    redirect(`/interviews/${session.session_id}`);
  },
);
