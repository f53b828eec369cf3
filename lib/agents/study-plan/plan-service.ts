import { db, type DbTx } from "@/lib/db/client";

import { notFound } from "@/lib/errors";
import {
  studyPlanDataSchema,
  studyTaskIdSchema,
  studyTaskTickSchema,
  type StudyPlanData,
} from "@/lib/validations/agents";
import { parseInput } from "@/lib/validations/parse";
import { z } from "zod";

const ticksSchema = z.record(z.string(), z.string()).catch({});

/**
 * Writes a run's plan as the user's current one: the latest plan row is replaced in place (its
 * ticks kept: task ids are stable across re-plans), or the first one created.
 */
export async function saveStudyPlan(
  tx: DbTx,
  userId: number,
  executionId: number,
  plan: StudyPlanData,
): Promise<void> {
  const current = await tx.studyPlan.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true },
  });
  if (current) {
    await tx.studyPlan.update({ where: { id: current.id }, data: { planData: plan, executionId } });
  } else {
    await tx.studyPlan.create({ data: { userId, planData: plan, executionId } });
  }
}

/** GET /agents/study-plan: the current plan, each task with whether (and when) it was ticked. */
export async function getStudyPlan(userId: number) {
  const row = await db.studyPlan.findFirst({ where: { userId }, orderBy: { createdAt: "desc" } });
  if (!row) return null;
  const parsed = studyPlanDataSchema.safeParse(row.planData);
  if (!parsed.success) return null;
  const ticks = ticksSchema.parse(row.completedTasks);
  const days = parsed.data.days.map((d) => ({
    ...d,
    tasks: d.tasks.map((t) => ({ ...t, done: t.id in ticks, done_at: ticks[t.id] ?? null })),
  }));
  const tasks = days.flatMap((d) => d.tasks);
  return {
    plan_id: row.id,
    execution_id: row.executionId,
    updated_at: row.updatedAt.toISOString(),
    ...parsed.data,
    days,
    progress: { done: tasks.filter((t) => t.done).length, total: tasks.length },
  };
}
export type StudyPlanDto = NonNullable<Awaited<ReturnType<typeof getStudyPlan>>>;

/**
 * PATCH /agents/study-plan/tasks/{taskId}: ticks or unticks one task of the current plan (404
 * for a task the plan does not have). One atomic jsonb update, so two ticks at once both stay.
 */
export async function setStudyTaskDone(userId: number, rawTaskId: unknown, body: unknown) {
  const { done } = parseInput(studyTaskTickSchema, body);
  const parsedId = studyTaskIdSchema.safeParse(rawTaskId);
  if (!parsedId.success) throw notFound("Study task");
  const taskId = parsedId.data;
  const row = await db.studyPlan.findFirst({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, planData: true },
  });
  const plan = studyPlanDataSchema.safeParse(row?.planData);
  if (!row || !plan.success || !plan.data.days.some((d) => d.tasks.some((t) => t.id === taskId))) {
    throw notFound("Study task");
  }
  const at = new Date().toISOString();
  if (done) {
    await db.$executeRaw`
      UPDATE "study_plans"
      SET "completed_tasks" = "completed_tasks" || jsonb_build_object(${taskId}::text, ${at}::text),
          "updated_at" = now()
      WHERE "id" = ${row.id} AND NOT ("completed_tasks" ? ${taskId}::text)`;
  } else {
    await db.$executeRaw`
      UPDATE "study_plans" SET "completed_tasks" = "completed_tasks" - ${taskId}::text, "updated_at" = now()
      WHERE "id" = ${row.id}`;
  }
  const fresh = await getStudyPlan(userId);
  const task = fresh?.days.flatMap((d) => d.tasks).find((t) => t.id === taskId);
  return {
    task_id: taskId,
    done: task?.done ?? done,
    done_at: task?.done_at ?? null,
    progress: fresh?.progress ?? { done: 0, total: 0 },
  };
}
