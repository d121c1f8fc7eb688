// Parsing an upload off the API's process: each import is parsed by a child process of its own
// (parse-worker.ts) with a heap limit and a time limit (parse-limits.ts). A worker *thread*'s
// resourceLimits are not enough: a file that makes the Word reader allocate fast can make V8
// abort the whole process rather than end the thread (seen here with a 450 MB footnotes part).
// A child that runs out of memory or time ends alone; the API answers 413 and carries on.
import { fork } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PlanImportError } from '@psp/plan-text';
import { PARSE_HEAP_MB, PARSE_TIME_LIMIT_MS, type KeyedImport, type ParseJob, type ParseOutcome } from './parse-limits';

/** The worker's file beside this one: JavaScript when built, TypeScript (through SWC) in tests and scripts. */
function workerEntry(): { file: string; execArgv: string[] } {
  const js = path.join(__dirname, 'parse-worker.js');
  if (existsSync(js)) return { file: js, execArgv: [] };
  const register = path.resolve(__dirname, '../../../../scripts/swc-register.cjs');
  return { file: path.join(__dirname, 'parse-worker.ts'), execArgv: ['-r', register] };
}

function isOutcome(value: unknown): value is ParseOutcome {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean';
}

export function parseInWorker(job: ParseJob): Promise<KeyedImport> {
  const entry = workerEntry();
  return new Promise<KeyedImport>((resolve, reject) => {
    const child = fork(entry.file, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${PARSE_HEAP_MB}`],
      // Structured clone, so the upload's bytes cross as bytes.
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
      env: { PATH: process.env.PATH, NODE_ENV: process.env.NODE_ENV },
    });
    let settled = false;
    const finish = (result: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      result();
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    };
    const timer = setTimeout(
      () =>
        finish(() => reject(new PlanImportError('TOO_LARGE', `The document took longer than ${PARSE_TIME_LIMIT_MS / 1000} seconds to read and was stopped.`))),
      PARSE_TIME_LIMIT_MS,
    );
    child.once('message', (message: unknown) =>
      finish(() => {
        if (!isOutcome(message)) reject(new PlanImportError('UNREADABLE', 'The import could not be read.'));
        else if (message.ok) resolve({ parsed: message.parsed, provisions: message.provisions, matches: message.matches });
        else reject(new PlanImportError(message.code, message.message));
      }),
    );
    child.once('error', (error) => finish(() => reject(new PlanImportError('UNREADABLE', 'The document reader could not be started.', { cause: error }))));
    // Ending without an answer is running out of its memory (V8 aborts) or being killed.
    child.once('exit', () =>
      finish(() => reject(new PlanImportError('TOO_LARGE', `The document needs more than ${PARSE_HEAP_MB} MB of memory to read and was stopped.`))),
    );
    child.send(job);
  });
}
