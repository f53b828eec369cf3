import type { SeedReport } from "@/lib/questions/bank/seed";

export const describeBankSeed = (r: SeedReport): string =>
  `question bank: inserted=${r.inserted} updated=${r.updated} retired=${r.retired} unchanged=${r.unchanged}`;
