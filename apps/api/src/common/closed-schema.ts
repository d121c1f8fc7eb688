import { z } from 'zod';

/**
 * The schema with unknown fields rejected rather than silently dropped: a misspelt optional field
 * ("provisonKeys", "stauts") would otherwise change what a request means without telling anyone.
 * Each unknown field gets its own error at its own path (zodFieldErrors splits zod's one
 * `unrecognized_keys` issue), and OpenAPI shows `additionalProperties: false`.
 */
export function closed<T extends z.ZodObject>(schema: T) {
  return schema.catchall(z.never());
}
