import type { Transporter } from "nodemailer";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { logger } from "@/lib/logger";
import { recordInOutbox } from "./outbox";

export interface Mail {
  to: string;
  subject: string;
  text: string;
}

const globalForMail = globalThis as unknown as {
  __interviewMasterMailer?: { url: string; transport: Transporter };
};

async function transportFor(url: string): Promise<Transporter> {
  const current = globalForMail.__interviewMasterMailer;
  if (current?.url === url) return current.transport;
  const nodemailer = await import("nodemailer");
  const transport = nodemailer.createTransport(url);
  globalForMail.__interviewMasterMailer = { url, transport };
  return transport;
}

/**
 * Sends one mail: over SMTP (nodemailer) when SMTP_URL is set; otherwise, outside production,
 * into the dev outbox (/dev/outbox). Production without SMTP cannot deliver: a 503, so the
 * caller can say so instead of pretending a mail went out. Mail bodies hold one-time links, so
 * they are never logged.
 */
export async function sendMail(mail: Mail): Promise<void> {
  const { SMTP_URL, MAIL_FROM, NODE_ENV } = env();
  if (SMTP_URL) {
    try {
      const transport = await transportFor(SMTP_URL);
      await transport.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
      });
      return;
    } catch (error) {
      logger.error("mail not sent", { subject: mail.subject, error: String(error) });
      throw new AppError("SERVICE_UNAVAILABLE", "We could not send the email; try again shortly", {
        headers: { "Retry-After": "30" },
        cause: error,
      });
    }
  }
  if (NODE_ENV === "production") {
    logger.error("mail not sent: SMTP_URL is not configured", { subject: mail.subject });
    throw new AppError("SERVICE_UNAVAILABLE", "Email is not configured on this server");
  }
  recordInOutbox({ ...mail, from: MAIL_FROM });
}
