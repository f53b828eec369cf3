/** Spec property 3: access tokens expire after exactly 900 s, refresh tokens after 604 800 s. */
import fc from "fast-check";
import { decodeJwt } from "jose";
import {
  ACCESS_TOKEN_TTL_SECONDS,
  REFRESH_TOKEN_TTL_SECONDS,
  issueAccessToken,
  issueRefreshToken,
  verifyAccessToken,
  verifyRefreshToken,
} from "@/lib/auth/tokens";

const user = fc.record({
  id: fc.integer({ min: 1, max: 2_000_000_000 }),
  email: fc.emailAddress(),
  role: fc.constantFrom("user" as const, "admin" as const),
});
// Issue times across 2000–2100, whole seconds.
const issuedAt = fc
  .integer({ min: 946_684_800, max: 4_102_444_800 })
  .map((s) => new Date(s * 1000));

describe("Property 3: JWT token expiry consistency", () => {
  it("access token: exp − iat = 900 and it verifies until then, not after", async () => {
    await fc.assert(
      fc.asyncProperty(user, issuedAt, async (u, now) => {
        const { token } = await issueAccessToken(u, now);
        const claims = decodeJwt(token);
        expect(claims.exp! - claims.iat!).toBe(ACCESS_TOKEN_TTL_SECONDS);
        expect(claims.iat).toBe(Math.floor(now.getTime() / 1000));
        expect(claims.sub).toBe(String(u.id));
        const justBefore = new Date(now.getTime() + (ACCESS_TOKEN_TTL_SECONDS - 1) * 1000);
        await expect(verifyAccessToken(token, justBefore)).resolves.toMatchObject({ userId: u.id });
        const after = new Date(now.getTime() + (ACCESS_TOKEN_TTL_SECONDS + 1) * 1000);
        await expect(verifyAccessToken(token, after)).rejects.toMatchObject({
          code: "AUTHENTICATION_ERROR",
        });
      }),
      { numRuns: 100 },
    );
  });

  it("refresh token: exp − iat = 604800, and it is not accepted as an access token", async () => {
    await fc.assert(
      fc.asyncProperty(user, issuedAt, fc.uuid(), async (u, now, family) => {
        const { token, claims } = await issueRefreshToken(u.id, family, now);
        const decoded = decodeJwt(token);
        expect(decoded.exp! - decoded.iat!).toBe(REFRESH_TOKEN_TTL_SECONDS);
        expect(claims.exp - claims.iat).toBe(REFRESH_TOKEN_TTL_SECONDS);
        const inside = new Date(now.getTime() + (REFRESH_TOKEN_TTL_SECONDS - 1) * 1000);
        await expect(verifyRefreshToken(token, inside)).resolves.toMatchObject({
          familyId: family,
        });
        await expect(verifyAccessToken(token, inside)).rejects.toMatchObject({
          code: "AUTHENTICATION_ERROR",
        });
        const after = new Date(now.getTime() + (REFRESH_TOKEN_TTL_SECONDS + 1) * 1000);
        await expect(verifyRefreshToken(token, after)).rejects.toMatchObject({
          code: "AUTHENTICATION_ERROR",
        });
      }),
      { numRuns: 100 },
    );
  });

  it("a token signed with another secret is rejected", async () => {
    const { token } = await issueAccessToken({ id: 1, email: "a@b.co", role: "user" });
    const tampered = token.slice(0, -4) + (token.endsWith("AAAA") ? "BBBB" : "AAAA");
    await expect(verifyAccessToken(tampered)).rejects.toMatchObject({
      code: "AUTHENTICATION_ERROR",
    });
  });
});
