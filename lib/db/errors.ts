import { Prisma } from "./generated/client";

/** A unique constraint rejected the write (Prisma P2002): the caller maps it to 409 or retries. */
export function isUniqueViolation(error: unknown): boolean {
  return error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";
}
