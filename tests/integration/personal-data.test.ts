/**
 * Personal data (issue 12 item 6): the export holds every user-owned table (read from the Prisma
 * schema, so a new model fails here until it is exported), decrypted and without secrets; deleting
 * the account leaves nothing that identifies the user in any table or in file storage.
 */
import { closeCache } from "@/lib/cache";
import { auditAdmin } from "@/lib/admin/audit-admin";
import { db, disconnectDb } from "@/lib/db/client";
import { inProcessQueue } from "@/lib/jobs/in-process-queue";
import { closeLiveBus } from "@/lib/live";
import { resetRateLimitsForTests } from "@/lib/api/rate-limit";
import { storeFor } from "@/lib/resumes/storage";
import { parsePrismaSchema } from "../helpers/prisma-schema";
import { api, call, newUser, STRONG_PASSWORD } from "../helpers/api-client";
import { setUserRole } from "@/lib/admin/roles";
import { SOCKET_ADDRESS_HEADER as SOCKET } from "@/lib/api/client-ip";
import { footprintMarker, seedUserFootprint, userOwnedTables } from "../helpers/user-footprint";

jest.setTimeout(120_000);

afterAll(async () => {
  await inProcessQueue().onIdle();
  await disconnectDb();
  await closeCache();
  await closeLiveBus();
});

const SECRET_KEYS = ["passwordHash", "tokenHash", "fileUrl", "leaseUntil", "sessionVersion"];

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => keysOf(v, into));
  else if (value && typeof value === "object") {
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  }
  return into;
}

async function download(token: string) {
  const { GET } = await import("@/app/api/v1/users/me/export/route");
  const { NextRequest } = await import("next/server");
  const request = new NextRequest("http://localhost/api/v1/users/me/export", {
    headers: { authorization: `Bearer ${token}`, [SOCKET]: "10.9.9.9" },
  });
  const response = await GET(request, { params: Promise.resolve({}) });
  return { response, text: await response.text() };
}

/** Rows of every table (not only the user's) whose text mentions `needle`. */
async function rowsMentioning(needle: string) {
  const hits: { table: string; row: string }[] = [];
  for (const { table } of parsePrismaSchema().models) {
    const rows = await db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(t)::text AS row FROM "${table}" t WHERE strpos(lower(row_to_json(t)::text), lower($1)) > 0`,
      needle,
    );
    hits.push(...rows.map((r) => ({ table, row: r.row })));
  }
  return hits;
}

describe("personal data", () => {
  it("every user-owned table of the schema is seeded by the footprint (else extend it)", async () => {
    const user = await newUser();
    const { ids } = await seedUserFootprint(user.id, footprintMarker());
    expect(Object.keys(ids).sort()).toEqual(userOwnedTables().sort());
  });

  it("exports every user-owned table as a JSON download, decrypted and without secrets", async () => {
    resetRateLimitsForTests();
    const user = await newUser("Export Person");
    const other = await newUser();
    const marker = footprintMarker();
    const { ids } = await seedUserFootprint(user.id, marker);

    const { response, text } = await download(user.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(response.headers.get("content-disposition")).toMatch(
      new RegExp(
        `^attachment; filename="interviewmaster-export-${user.id}-\\d{4}-\\d{2}-\\d{2}\\.json"$`,
      ),
    );
    expect(response.headers.get("cache-control")).toBe("no-store");
    const data = JSON.parse(text) as { user_id: number; tables: Record<string, { id: number }[]> };
    expect(data.user_id).toBe(user.id);
    for (const table of userOwnedTables()) {
      expect({ table, present: Array.isArray(data.tables[table]) }).toEqual({
        table,
        present: true,
      });
      const exported = data.tables[table]!.map((row) => row.id);
      expect({ table, ids: exported }).toEqual({ table, ids: expect.arrayContaining(ids[table]!) });
    }
    // Encrypted at rest, readable in the export.
    const resume = data.tables.resumes![0] as unknown as { extractedText: string };
    expect(resume.extractedText).toBe(`${marker} resume text`);
    const analysis = data.tables.resume_analyses![0] as unknown as { analysisData: unknown };
    expect(analysis.analysisData).toEqual({ summary: marker });
    const job = data.tables.job_descriptions![0] as unknown as { text: string; company: string };
    expect(job.company).toBe(marker);
    expect(job.text).toContain(marker);
    const evaluation = data.tables.evaluations![0] as unknown as { evidence: unknown };
    expect(JSON.stringify(evaluation.evidence)).toContain(marker);
    for (const secret of SECRET_KEYS) expect(keysOf(data).has(secret)).toBe(false);
    expect(text).not.toContain(`${marker}r"`); // a refresh token hash

    // Nothing of this user in another's export.
    const theirs = await download(other.token);
    expect(theirs.response.status).toBe(200);
    expect(theirs.text).not.toContain(marker);

    // The export is audited and rate-limited (429 with Retry-After, in the envelope).
    expect(
      await db.auditLog.count({ where: { userId: user.id, eventType: "user.data_exported" } }),
    ).toBe(1);
    let last: Awaited<ReturnType<typeof download>> | undefined;
    for (let i = 0; i < 6; i += 1) last = await download(user.token);
    expect(last!.response.status).toBe(429);
    expect(Number(last!.response.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((JSON.parse(last!.text) as { error: { code: string } }).error.code).toBe(
      "RATE_LIMIT_EXCEEDED",
    );
    expect((await download("not-a-token")).response.status).toBe(401);
  });

  it("deleting the account leaves nothing that identifies the user, in any table or storage", async () => {
    const user = await newUser("Deletion Person");
    const other = await newUser();
    const marker = footprintMarker();
    const { ids, fileUrl } = await seedUserFootprint(user.id, marker);
    const otherSeed = await seedUserFootprint(other.id, footprintMarker());
    // An administrator's event about them carries their email as its label.
    await auditAdmin(
      "user_suspended",
      other.id,
      { type: "user", id: user.id, label: user.email },
      {
        ip: "198.51.100.4",
      },
    );
    expect((await rowsMentioning(marker)).length).toBeGreaterThan(0);
    expect((await rowsMentioning(user.email)).length).toBeGreaterThan(0);

    const res = await api.del("/api/v1/users/me", user.token);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ deleted: true });

    expect(await rowsMentioning(marker)).toEqual([]);
    expect(await rowsMentioning(user.email)).toEqual([]);
    expect(await rowsMentioning("Deletion Person")).toEqual([]);
    // Rows that outlive the user are anonymised, the rest are gone.
    for (const table of userOwnedTables()) {
      const model = parsePrismaSchema().models.find((m) => m.table === table)!;
      const survivors = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT * FROM "${table}" WHERE id = ANY($1::int[])`,
        ids[table]!,
      );
      if (table === "audit_logs") {
        for (const row of survivors) {
          expect(row).toMatchObject({ user_id: null, ip_address: null, user_agent: null });
        }
      } else if (table === "question_bank_edits") {
        // Shared bank content an administrator edited stays, without its author.
        for (const row of survivors) expect(row).toMatchObject({ edited_by_id: null });
      } else {
        expect({ table: model.table, survivors }).toEqual({ table: model.table, survivors: [] });
      }
    }
    await expect(storeFor(fileUrl).get(fileUrl)).rejects.toThrow();
    // The token no longer works, and the other user's data is untouched.
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
    expect(await db.resume.count({ where: { id: otherSeed.ids.resumes![0] } })).toBe(1);
    expect(await storeFor(otherSeed.fileUrl).get(otherSeed.fileUrl)).toBeInstanceOf(Buffer);
  });

  it("an administrator's deletion erases the same way and ends the user's sessions at once", async () => {
    resetRateLimitsForTests();
    const admin = await newUser("Erasing Admin");
    await setUserRole(
      { email: admin.email },
      { actorId: null, role: "admin", via: "cli", context: {} },
    );
    const user = await newUser("Admin Deleted Person");
    const marker = footprintMarker();
    const { ids, fileUrl } = await seedUserFootprint(user.id, marker);
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(200);
    expect((await rowsMentioning(marker)).length).toBeGreaterThan(0);

    const res = await call("DELETE", `/api/v1/admin/users/${user.id}`, {
      token: admin.token,
      body: { reason: "Requested by the user over email" },
    });
    expect(res.status).toBe(200);

    // The token they held stops working at once; nothing of theirs is left anywhere.
    expect((await api.get("/api/v1/users/me", user.token)).status).toBe(401);
    expect(await rowsMentioning(marker)).toEqual([]);
    expect(await rowsMentioning(user.email)).toEqual([]);
    expect(await rowsMentioning("Admin Deleted Person")).toEqual([]);
    expect(await db.user.count({ where: { id: user.id } })).toBe(0);
    for (const table of userOwnedTables()) {
      if (table === "audit_logs" || table === "question_bank_edits") continue;
      const survivors = await db.$queryRawUnsafe<Record<string, unknown>[]>(
        `SELECT id FROM "${table}" WHERE id = ANY($1::int[])`,
        ids[table]!,
      );
      expect({ table, survivors }).toEqual({ table, survivors: [] });
    }
    await expect(storeFor(fileUrl).get(fileUrl)).rejects.toThrow();
    // The administrator's action is on record, with its reason but not who the user was.
    const event = await db.auditLog.findFirstOrThrow({
      where: { eventType: "admin.user_deleted", userId: admin.id },
      orderBy: { id: "desc" },
    });
    expect(event.eventData).toMatchObject({
      target_type: "user",
      target_id: String(user.id),
      reason: "Requested by the user over email",
    });
    expect(JSON.stringify(event.eventData)).not.toContain(user.email);
    // The address can register again.
    const again = await api.post("/api/v1/auth/register", {
      email: user.email,
      password: STRONG_PASSWORD,
      name: "Back Again",
    });
    expect(again.status).toBe(201);
  });
});
