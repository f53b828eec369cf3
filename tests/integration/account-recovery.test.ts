/**
 * Password reset, email verification, change password and account deletion, with the mails
 * sent by nodemailer to a real SMTP server on 127.0.0.1 (smtp-server), and into the dev outbox
 * when SMTP_URL is not set.
 */
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { changePassword, deleteOwnAccount } from "@/lib/auth/account-security";
import { sendVerificationEmail, verifyEmail } from "@/lib/auth/email-verification";
import { requestPasswordReset, resetPassword } from "@/lib/auth/password-reset";
import { closeCache } from "@/lib/cache";
import { db, disconnectDb } from "@/lib/db/client";
import { resetEnvForTests } from "@/lib/env";
import { outbox } from "@/lib/mail/outbox";
import { api, newUser, STRONG_PASSWORD } from "../helpers/api-client";
import { eventually } from "../helpers/eventually";

const ORIGIN = "http://app.interviewmaster.test";
const NEW_PASSWORD = "N3w!Passw0rd-x";

interface Received {
  to: string[];
  raw: string;
}
const received: Received[] = [];
let smtp: SMTPServer;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      let raw = "";
      stream.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
      stream.on("end", () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const { port } = smtp.server.address() as AddressInfo;
  process.env.SMTP_URL = `smtp://127.0.0.1:${port}`;
  resetEnvForTests();
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnvForTests();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await disconnectDb();
  await closeCache();
});

/** The one-time token of the newest mail to `to` whose link goes to `path`. */
async function tokenFromMail(to: string, path: string): Promise<string> {
  // Quoted-printable may wrap the link with "=\r\n" soft breaks.
  const find = () =>
    received
      .filter((m) => m.to.includes(to))
      .map((m) => m.raw.replace(/=\r?\n/g, "").replace(/=3D/g, "="))
      .reverse()
      .map(
        (text) => new RegExp(`https?://[^/\\s]+${path}\\?token=([A-Za-z0-9_-]+)`).exec(text)?.[1],
      )
      .find(Boolean);
  await eventually(() => Boolean(find()), 10_000);
  return find()!;
}

const login = (email: string, password: string) =>
  api.post("/api/v1/auth/login", { email, password });

describe("password reset over SMTP", () => {
  it("mails a link that sets a new password once and ends every session", async () => {
    const user = await newUser();
    const answer = await requestPasswordReset({ email: user.email }, { origin: ORIGIN });
    expect(answer.sent).toBe(true);
    const token = await tokenFromMail(user.email, "/reset-password");

    await expect(resetPassword({ token, password: "weak" })).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
    });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).resolves.toMatchObject({
      reset: true,
    });
    expect((await login(user.email, STRONG_PASSWORD)).status).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
    // The sessions that existed before the reset are over.
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
    // The link works once.
    await expect(resetPassword({ token, password: "An0ther!Password" })).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: { token: [expect.stringContaining("invalid or has expired")] },
    });
  });

  it("answers an unknown email exactly like a known one, and mails nobody", async () => {
    const resetMails = () => received.filter((m) => m.raw.includes("/reset-password")).length;
    const known = await newUser();
    const before = resetMails();
    const a = await requestPasswordReset({ email: known.email }, { origin: ORIGIN });
    const b = await requestPasswordReset(
      { email: `nobody${Date.now()}@example.com` },
      { origin: ORIGIN },
    );
    expect(b).toEqual(a);
    await tokenFromMail(known.email, "/reset-password");
    await new Promise((r) => setTimeout(r, 300));
    expect(resetMails()).toBe(before + 1);
  });

  it("refuses an expired link and a made-up one", async () => {
    const user = await newUser();
    await requestPasswordReset({ email: user.email }, { origin: ORIGIN });
    const token = await tokenFromMail(user.email, "/reset-password");
    await db.passwordResetToken.updateMany({
      where: { userId: user.id },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    await expect(resetPassword({ token, password: NEW_PASSWORD })).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
    });
    await expect(
      resetPassword({ token: "A".repeat(43), password: NEW_PASSWORD }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
  });

  it("limits reset mails per email (429)", async () => {
    const user = await newUser();
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      await requestPasswordReset({ email: user.email }, { origin: ORIGIN }).then(
        () => codes.push("ok"),
        (e: { code: string }) => codes.push(e.code),
      );
    }
    expect(codes.slice(0, 3)).toEqual(["ok", "ok", "ok"]);
    expect(codes.slice(3)).toEqual(["RATE_LIMIT_EXCEEDED", "RATE_LIMIT_EXCEEDED"]);
  });
});

describe("email verification", () => {
  it("registration mails a link that confirms the address", async () => {
    const email = `verify${Date.now()}@example.com`;
    const reg = await api.post("/api/v1/auth/register", {
      email,
      password: STRONG_PASSWORD,
      name: "Vera",
    });
    expect(reg.status).toBe(201);
    expect(reg.body.data.email_verified).toBe(false);
    const token = await tokenFromMail(email, "/verify-email");
    await expect(verifyEmail({ token })).resolves.toEqual({ verified: true });
    const session = await login(email, STRONG_PASSWORD);
    const me = await api.get("/api/v1/users/me", session.body.data.access_token);
    expect(me.body.data.email_verified).toBe(true);
    await expect(verifyEmail({ token })).rejects.toMatchObject({ code: "VALIDATION_ERROR" });
    // Nothing more to send for a confirmed address.
    await expect(sendVerificationEmail(reg.body.data.user_id, { origin: ORIGIN })).resolves.toEqual(
      {
        sent: false,
        already_verified: true,
      },
    );
  });
});

describe("change password and delete account", () => {
  it("changes the password only with the current one, then ends every session", async () => {
    const user = await newUser();
    await expect(
      changePassword(user.id, { current_password: "Wr0ng!Password", new_password: NEW_PASSWORD }),
    ).rejects.toMatchObject({
      code: "VALIDATION_ERROR",
      details: { current_password: expect.any(Array) },
    });
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(200);
    await changePassword(user.id, {
      current_password: STRONG_PASSWORD,
      new_password: NEW_PASSWORD,
    });
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
    expect((await login(user.email, NEW_PASSWORD)).status).toBe(200);
  });

  it("deletes the account only with the password and the typed confirmation", async () => {
    const user = await newUser();
    await expect(
      deleteOwnAccount(user.id, { password: STRONG_PASSWORD, confirm: "delete" }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR", details: { confirm: expect.any(Array) } });
    await expect(
      deleteOwnAccount(user.id, { password: "Wr0ng!Password", confirm: "DELETE" }),
    ).rejects.toMatchObject({ code: "VALIDATION_ERROR", details: { password: expect.any(Array) } });
    await deleteOwnAccount(user.id, { password: STRONG_PASSWORD, confirm: "DELETE" });
    expect(await db.user.findUnique({ where: { id: user.id } })).toBeNull();
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
  });
});

describe("without SMTP", () => {
  it("puts the mail into the dev outbox", async () => {
    const saved = process.env.SMTP_URL;
    delete process.env.SMTP_URL;
    resetEnvForTests();
    try {
      const user = await newUser();
      await requestPasswordReset({ email: user.email }, { origin: ORIGIN });
      await eventually(() =>
        outbox().some((m) => m.to === user.email && m.text.includes("/reset-password?token=")),
      );
    } finally {
      process.env.SMTP_URL = saved;
      resetEnvForTests();
    }
  });
});

describe("the same over the API", () => {
  it("password reset request and confirm, verification resend and change password", async () => {
    const user = await newUser();
    const asked = await api.post("/api/v1/auth/password-reset", { email: user.email });
    expect(asked.status).toBe(202);
    expect(asked.body.data.sent).toBe(true);
    const token = await tokenFromMail(user.email, "/reset-password");
    const bad = await api.post("/api/v1/auth/password-reset/confirm", { token, password: "weak" });
    expect(bad.status).toBe(422);
    expect(bad.body.error.details.password).toBeDefined();
    const done = await api.post("/api/v1/auth/password-reset/confirm", {
      token,
      password: NEW_PASSWORD,
    });
    expect(done.status).toBe(200);
    const session = await login(user.email, NEW_PASSWORD);
    const access = session.body.data.access_token as string;

    const resend = await api.post("/api/v1/users/me/verification", undefined, access);
    expect(resend.status).toBe(202);
    const verifyToken = await tokenFromMail(user.email, "/verify-email");
    expect((await api.post("/api/v1/auth/verify-email", { token: verifyToken })).status).toBe(200);

    const wrong = await api.put(
      "/api/v1/users/me/password",
      { current_password: STRONG_PASSWORD, new_password: "An0ther!Passw0rd" },
      access,
    );
    expect(wrong.status).toBe(422);
    const changed = await api.put(
      "/api/v1/users/me/password",
      { current_password: NEW_PASSWORD, new_password: "An0ther!Passw0rd" },
      access,
    );
    expect(changed.status).toBe(200);
    expect((await api.get("/api/v1/users/me", access)).status).toBe(401);
  });
});
