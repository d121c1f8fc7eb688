// Runs as a child process of the API (parse-in-worker.ts): parses one upload or pasted text under
// its own heap limit, checks the result's size, and keys its paragraphs to the version it follows
// before sending it back, so neither a crafted file nor a long one can slow or stop the API.
import { assignProvisionKeys, importPlanText, isPlanImportError, type ParsedDocument } from '@psp/plan-text';
import { parseDocx } from '@psp/plan-text/docx';
import { checkParsedSize, type ParseJob, type ParseOutcome } from './parse-limits';
import { newKeyGenerator } from './provision-keys';

function isParseJob(value: unknown): value is ParseJob {
  if (typeof value !== 'object' || value === null || !('source' in value) || !('previous' in value) || !('keyPrefix' in value)) return false;
  const { source } = value;
  if (!Array.isArray(value.previous) || typeof value.keyPrefix !== 'string' || typeof source !== 'object' || source === null || !('kind' in source))
    return false;
  if (source.kind === 'docx') return 'buffer' in source && source.buffer instanceof Uint8Array;
  return source.kind === 'text' && 'text' in source && typeof source.text === 'string';
}

async function run(job: unknown): Promise<ParseOutcome> {
  if (!isParseJob(job)) return { ok: false, code: 'UNREADABLE', message: 'The import could not be read.' };
  try {
    const { source } = job;
    const parsed: ParsedDocument = source.kind === 'docx' ? await parseDocx(Buffer.from(source.buffer)) : importPlanText(source.text);
    const tooLarge = checkParsedSize(parsed);
    if (tooLarge) return { ok: false, code: 'TOO_LARGE', message: tooLarge };
    // Matching to the version it follows is as costly as the parse: it runs here too, off the API.
    const { provisions, matches } = assignProvisionKeys(
      job.previous,
      parsed.provisions,
      newKeyGenerator(
        job.keyPrefix,
        job.previous.map((provision) => provision.provisionKey),
      ),
    );
    return { ok: true, parsed, provisions, matches };
  } catch (error) {
    if (isPlanImportError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'UNREADABLE', message: 'The file could not be read. It may be damaged or in another format.' };
  }
}

process.once('message', (job: unknown) => {
  void run(job).then((outcome) => process.send?.(outcome, () => process.exit(0)));
});
