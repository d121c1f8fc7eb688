export type PlanImportErrorCode = 'EMPTY' | 'UNREADABLE' | 'NO_PROVISIONS' | 'TOO_LARGE';

/** An uploaded plan that cannot become a document version; `message` is fit to show the uploader. */
export class PlanImportError extends Error {
  override readonly name = 'PlanImportError';

  constructor(
    readonly code: PlanImportErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export function isPlanImportError(value: unknown): value is PlanImportError {
  return value instanceof PlanImportError;
}
