/**
 * Without SMTP (development, tests), mails land here, newest first, and /dev/outbox shows them
 * so that password reset and verification links can be followed locally. Bounded; per process.
 */
export interface OutboxMail {
  id: number;
  from: string;
  to: string;
  subject: string;
  text: string;
  sentAt: string;
}

const LIMIT = 50;
const globalForOutbox = globalThis as unknown as {
  __interviewMasterOutbox?: { next: number; mails: OutboxMail[] };
};

function box() {
  return (globalForOutbox.__interviewMasterOutbox ??= { next: 1, mails: [] });
}

export function recordInOutbox(mail: Omit<OutboxMail, "id" | "sentAt">): void {
  const b = box();
  b.mails.unshift({ ...mail, id: b.next++, sentAt: new Date().toISOString() });
  b.mails.length = Math.min(b.mails.length, LIMIT);
}

export function outbox(): readonly OutboxMail[] {
  return box().mails;
}
