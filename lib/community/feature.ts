import { notFound } from "@/lib/errors";
import { isFeatureEnabled } from "@/lib/flags/service";

/** Community questions sit behind their flag: off (or outside the rollout) they do not exist. */
export async function assertCommunityEnabled(userId: number): Promise<void> {
  if (!(await isFeatureEnabled("community_questions", userId))) throw notFound("Page");
}
