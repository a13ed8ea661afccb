/** Expected failures every surface maps once: HTTP statuses, CLI exit codes. */
export type AppErrorCode = 'not-found' | 'invalid-input' | 'kb-invalid' | 'unavailable';

export interface AppErrorDetails {
  /** The input field at fault, e.g. "hours" or "--know". */
  readonly field?: string;
  /** "Did you mean" candidates for an unknown name. */
  readonly suggestions?: readonly { id: string; title: string }[];
  /** Every problem, for an invalid knowledge base. */
  readonly problems?: readonly string[];
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly details: AppErrorDetails;

  constructor(code: AppErrorCode, message: string, details: AppErrorDetails = {}) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.details = details;
  }
}

export const httpStatusFor: Record<AppErrorCode, number> = {
  'not-found': 404,
  'invalid-input': 400,
  'kb-invalid': 500,
  unavailable: 503,
};

export const exitCodeFor: Record<AppErrorCode, number> = {
  'not-found': 2,
  'invalid-input': 2,
  'kb-invalid': 1,
  unavailable: 1,
};
