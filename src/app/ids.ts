import { randomBytes } from 'node:crypto';

/** Makes unguessable, URL-safe ids; injected so tests can use predictable ones. */
export interface Ids {
  readonly new: () => string;
}

/** 144 random bits as 24 base64url characters. */
export const randomIds: Ids = { new: () => randomBytes(18).toString('base64url') };

export const PLAN_ID_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;
