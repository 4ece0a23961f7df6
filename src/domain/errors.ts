/** Error codes that can reach a user. */
export type AppErrorCode =
  | 'bad-input'
  | 'not-found'
  | 'refused-address'
  | 'fetch-failed'
  | 'too-large'
  | 'timeout'
  | 'unparseable'
  | 'config'
  | 'internal';

/** The one error type that reaches a user: a code, an HTTP status and a plain-language message. */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly status: number;
  constructor(code: AppErrorCode, message: string, options: { status?: number; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = options.status ?? defaultStatus(code);
  }
}

function defaultStatus(code: AppErrorCode): number {
  switch (code) {
    case 'bad-input':
    case 'unparseable':
      return 400;
    case 'not-found':
      return 404;
    case 'refused-address':
      return 403;
    case 'too-large':
      return 413;
    case 'timeout':
      return 504;
    case 'fetch-failed':
      return 502;
    default:
      return 500;
  }
}

/** A typed result for expected failures (conventions: not exceptions). */
export type Result<T, E = string> = { ok: true; value: T } | { ok: false; error: E };

/** Wrap a value as a successful result. */
export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
/** Wrap a reason as a failed result. */
export const fail = <E>(error: E): Result<never, E> => ({ ok: false, error });
