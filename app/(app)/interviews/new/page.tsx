import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/session";
import { bankRoles } from "@/lib/questions/bank/load";
import { CATEGORIES, DIFFICULTIES } from "@/lib/validations/enums";
import { MAX_QUESTIONS } from "@/lib/validations/interview";
import { NewInterviewForm, type NewInterviewDefaults } from "./page-client";

export const metadata: Metadata = { title: "New interview" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** Prefill from "Practice again" links: ?role=&difficulty=&question_count=&categories=A,B */
function defaultsFrom(
  params: Record<string, string | string[] | undefined>,
  targetRole: string | null,
): NewInterviewDefaults {
  const role = first(params.role)?.slice(0, 100) ?? targetRole ?? "";
  const difficultyParam = first(params.difficulty);
  const difficulty = DIFFICULTIES.find((d) => d === difficultyParam) ?? "Medium";
  const count = Number(first(params.question_count));
  const raw = params.categories;
  const listed = (Array.isArray(raw) ? raw : (raw ?? "").split(",")).map((c) => c.trim());
  const categories = CATEGORIES.filter((c) => listed.includes(c));
  return {
    role,
    difficulty,
    question_count: Number.isInteger(count) && count >= 1 && count <= MAX_QUESTIONS ? count : 5,
    categories: categories.length > 0 ? categories : ["Technical"],
  };
}

export default async function NewInterviewPage({ searchParams }: Props) {
  const user = await requireUser("/interviews/new");
  const defaults = defaultsFrom(await searchParams, user.targetRole);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">New interview</h1>
        <p className="text-sm text-muted-foreground">
          Choose what to practise. Questions come one at a time, each with its own time limit.
        </p>
      </div>
      <NewInterviewForm defaults={defaults} roleSuggestions={[...bankRoles()]} />
    </div>
  );
}
