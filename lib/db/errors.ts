import { Prisma } from "./generated/client";

/** A unique constraint rejected the write (Prisma P2002): the caller maps it to 409 or retries. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}

/** The row to update or delete was not there (Prisma P2025). */
export function isRecordMissing(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025";
}
