import { createHash, hkdfSync, randomUUID } from "node:crypto";
import { jwtVerify, SignJWT, errors as joseErrors } from "jose";
import type { UserRole } from "@/lib/db/generated/enums";
import { AppError } from "@/lib/errors";
import { authSecret } from "./secret";

/** Property 3: access tokens live exactly 15 minutes, refresh tokens exactly 7 days. */
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
export const REFRESH_TOKEN_TTL_SECONDS = 7 * 24 * 60 * 60;

const ISSUER = "interviewmaster";

let keys: { access: Uint8Array; refresh: Uint8Array } | undefined;

// Separate keys per token type, derived from the one secret, so one can never pass as the other.
function signingKeys() {
  if (!keys) {
    const secret = authSecret();
    const derive = (info: string) =>
      new Uint8Array(hkdfSync("sha256", secret, "interviewmaster-api", info, 32));
    keys = { access: derive("access-token"), refresh: derive("refresh-token") };
  }
  return keys;
}

export interface AccessClaims {
  userId: number;
  email: string;
  role: UserRole;
  /** The user's session version when issued; a later "end all sessions" makes it stale. */
  sv: number;
  jti: string;
  iat: number;
  exp: number;
}

export async function issueAccessToken(
  user: { id: number; email: string; role: UserRole; sessionVersion?: number },
  now: Date = new Date(),
): Promise<{ token: string; claims: AccessClaims }> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: AccessClaims = {
    userId: user.id,
    email: user.email,
    role: user.role,
    sv: user.sessionVersion ?? 0,
    jti: randomUUID(),
    iat,
    exp: iat + ACCESS_TOKEN_TTL_SECONDS,
  };
  const token = await new SignJWT({
    email: user.email,
    role: user.role,
    sv: claims.sv,
    type: "access",
  })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(user.id))
    .setIssuer(ISSUER)
    .setJti(claims.jti)
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp)
    .sign(signingKeys().access);
  return { token, claims };
}

export async function verifyAccessToken(
  token: string,
  now: Date = new Date(),
): Promise<AccessClaims> {
  try {
    const { payload } = await jwtVerify(token, signingKeys().access, {
      issuer: ISSUER,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (payload.type !== "access" || !payload.sub || !payload.jti) throw new Error("bad claims");
    return {
      userId: Number(payload.sub),
      email: String(payload.email),
      role: payload.role === "admin" ? "admin" : "user",
      sv: typeof payload.sv === "number" ? payload.sv : 0,
      jti: payload.jti,
      iat: payload.iat ?? 0,
      exp: payload.exp ?? 0,
    };
  } catch (error) {
    const expired = error instanceof joseErrors.JWTExpired;
    throw new AppError("AUTHENTICATION_ERROR", expired ? "Token expired" : "Invalid token");
  }
}

export interface RefreshClaims {
  userId: number;
  familyId: string;
  jti: string;
  iat: number;
  exp: number;
}

export async function issueRefreshToken(
  userId: number,
  familyId: string,
  now: Date = new Date(),
): Promise<{ token: string; claims: RefreshClaims; hash: string }> {
  const iat = Math.floor(now.getTime() / 1000);
  const claims: RefreshClaims = {
    userId,
    familyId,
    jti: randomUUID(),
    iat,
    exp: iat + REFRESH_TOKEN_TTL_SECONDS,
  };
  const token = await new SignJWT({ type: "refresh", fam: familyId })
    .setProtectedHeader({ alg: "HS256", typ: "JWT" })
    .setSubject(String(userId))
    .setIssuer(ISSUER)
    .setJti(claims.jti)
    .setIssuedAt(iat)
    .setExpirationTime(claims.exp)
    .sign(signingKeys().refresh);
  return { token, claims, hash: hashToken(token) };
}

export async function verifyRefreshToken(
  token: string,
  now: Date = new Date(),
): Promise<RefreshClaims> {
  try {
    const { payload } = await jwtVerify(token, signingKeys().refresh, {
      issuer: ISSUER,
      algorithms: ["HS256"],
      currentDate: now,
    });
    if (
      payload.type !== "refresh" ||
      !payload.sub ||
      !payload.jti ||
      typeof payload.fam !== "string"
    ) {
      throw new Error("bad claims");
    }
    return {
      userId: Number(payload.sub),
      familyId: payload.fam,
      jti: payload.jti,
      iat: payload.iat ?? 0,
      exp: payload.exp ?? 0,
    };
  } catch {
    throw new AppError("AUTHENTICATION_ERROR", "Invalid or expired refresh token");
  }
}

/** Stored form of a token: tokens are 256-bit random-keyed, so SHA-256 suffices (no bcrypt). */
export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}
