import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AuthUser } from '@cchc/domain';

/** A JWT (HS256) carrying the user's role and scope; verified on every request. */
interface Claims extends AuthUser {
  iat: number;
  exp: number;
}

const HEADER = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));

function base64url(text: string | Buffer): string {
  return Buffer.from(text).toString('base64url');
}

function signature(secret: string, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function signToken(user: AuthUser, secret: string, ttlSeconds: number, now = Date.now()): { token: string; expiresAt: Date } {
  const iat = Math.floor(now / 1000);
  const claims: Claims = { ...user, iat, exp: iat + ttlSeconds };
  const body = `${HEADER}.${base64url(JSON.stringify(claims))}`;
  return { token: `${body}.${signature(secret, body)}`, expiresAt: new Date(claims.exp * 1000) };
}

/** The user of a valid, unexpired token signed with our key; null for anything else. */
export function verifyToken(token: string, secret: string, now = Date.now()): AuthUser | null {
  const [header, payload, given] = token.split('.');
  if (header !== HEADER || !payload || !given) return null;
  const expected = Buffer.from(signature(secret, `${header}.${payload}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  let claims: Claims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Claims;
  } catch {
    return null;
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= now) return null;
  const { username, displayName, role, agencyCode, department } = claims;
  return { username, displayName, role, agencyCode, department };
}
