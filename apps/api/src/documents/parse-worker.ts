// Runs as a child process of the API (parse-in-worker.ts): parses one upload or pasted text under
// its own heap limit, and checks the result's size before sending it back, so a crafted file can
// slow or kill only this process.
import { importPlanText, isPlanImportError, type ParsedDocument } from '@psp/plan-text';
import { parseDocx } from '@psp/plan-text/docx';
import { checkParsedSize, type ParseJob, type ParseOutcome } from './parse-limits';

function isParseJob(value: unknown): value is ParseJob {
  if (typeof value !== 'object' || value === null || !('kind' in value)) return false;
  if (value.kind === 'docx') return 'buffer' in value && value.buffer instanceof Uint8Array;
  return value.kind === 'text' && 'text' in value && typeof value.text === 'string';
}

async function run(job: unknown): Promise<ParseOutcome> {
  if (!isParseJob(job)) return { ok: false, code: 'UNREADABLE', message: 'The import could not be read.' };
  try {
    const parsed: ParsedDocument = job.kind === 'docx' ? await parseDocx(Buffer.from(job.buffer)) : importPlanText(job.text);
    const tooLarge = checkParsedSize(parsed);
    return tooLarge ? { ok: false, code: 'TOO_LARGE', message: tooLarge } : { ok: true, parsed };
  } catch (error) {
    if (isPlanImportError(error)) return { ok: false, code: error.code, message: error.message };
    return { ok: false, code: 'UNREADABLE', message: 'The file could not be read. It may be damaged or in another format.' };
  }
}

process.once('message', (job: unknown) => {
  void run(job).then((outcome) => process.send?.(outcome, () => process.exit(0)));
});
