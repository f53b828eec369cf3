import { z } from "zod";
import { timeZoneSchema } from "./time-zone";
import { isValidEmail } from "./email";

const emailSchema = z
  .string({ error: "Email is required" })
  .trim()
  .min(1, "Email is required")
  .refine(isValidEmail, "Invalid email format")
  // Addresses are compared case-insensitively: one account per mailbox in practice.
  .transform((v) => v.toLowerCase());

const PASSWORD_RULES = [
  { test: (p: string) => /\p{Lu}/u.test(p), message: "Password must contain an uppercase letter" },
  { test: (p: string) => /\p{Ll}/u.test(p), message: "Password must contain a lowercase letter" },
  { test: (p: string) => /\p{Nd}/u.test(p), message: "Password must contain a number" },
  {
    test: (p: string) => /[^\p{L}\p{N}\s]/u.test(p),
    message: "Password must contain a special character",
  },
] as const;

/** Property 2: ≥ 8 characters with an uppercase, a lowercase, a digit and a special character. */
export const passwordSchema = z
  .string({ error: "Password is required" })
  .min(8, "Password must be at least 8 characters")
  .max(256, "Password must be at most 256 characters")
  .superRefine((value, ctx) => {
    for (const rule of PASSWORD_RULES) {
      if (!rule.test(value)) ctx.addIssue({ code: "custom", message: rule.message });
    }
  });

export const nameSchema = z
  .string({ error: "Name is required" })
  .trim()
  .min(1, "Name is required")
  .max(255, "Name must be at most 255 characters")
  .refine((v) => !/\p{Cc}/u.test(v), "Name contains invalid characters");

export const registerSchema = z.object({
  email: emailSchema,
  password: passwordSchema,
  name: nameSchema,
  // The browser's zone, so streaks count the candidate's own days from the first session.
  timezone: timeZoneSchema.optional(),
});
export type RegisterInput = z.infer<typeof registerSchema>;

export const loginSchema = z.object({
  email: z
    .string({ error: "Email is required" })
    .trim()
    .min(1, "Email is required")
    .max(254)
    // A NUL or other control character can never be part of an address (and PostgreSQL refuses
    // NUL in text): a clear 422 rather than a database error.
    .refine((v) => !/\p{Cc}/u.test(v), "Invalid email format")
    .toLowerCase(),
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(256),
});

export const refreshSchema = z.object({
  refresh_token: z.string({ error: "refresh_token is required" }).min(20).max(512),
});

/** One-time links in mails (password reset, email verification): 32 random bytes, base64url. */
export const mailTokenSchema = z
  .string({ error: "The link is incomplete" })
  .trim()
  .regex(/^[A-Za-z0-9_-]{40,64}$/, "This link is invalid or has expired");

export const passwordResetRequestSchema = z.object({ email: loginSchema.shape.email });

export const passwordResetSchema = z.object({
  token: mailTokenSchema,
  password: passwordSchema,
});

export const emailVerificationSchema = z.object({ token: mailTokenSchema });

export const changePasswordSchema = z
  .object({
    current_password: z
      .string({ error: "Current password is required" })
      .min(1, "Current password is required")
      .max(256),
    new_password: passwordSchema,
  })
  .refine((v) => v.current_password !== v.new_password, {
    path: ["new_password"],
    message: "The new password must differ from the current one",
  });

export const deleteAccountSchema = z.object({
  password: z.string({ error: "Password is required" }).min(1, "Password is required").max(256),
  confirm: z.literal("DELETE", { error: "Type DELETE to confirm" }),
});
