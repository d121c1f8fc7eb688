// The file half of a version import: multer keeps the upload in memory within a size limit, the
// filter refuses anything but Word, text and Markdown by name and declared type, and the reader
// checks the bytes really are what the name says before the plan-text engine sees them.
import path from 'node:path';
import { CallHandler, ExecutionContext, HttpException, Injectable, NestInterceptor, PayloadTooLargeException } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, type Observable } from 'rxjs';
import { ImportVersionInput } from '@psp/contracts';
import { problem, ProblemException } from '../common/problem';
import { jsonSchema } from '../common/validation';

export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const UPLOAD_FIELD = 'file';

export type UploadFormat = 'docx' | 'text';

/** Extensions accepted, and the content types a browser or client may declare for each. */
const ACCEPTED: Record<string, { format: UploadFormat; types: readonly string[] }> = {
  '.docx': {
    format: 'docx',
    types: ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/zip', 'application/octet-stream'],
  },
  '.txt': { format: 'text', types: ['text/plain', 'application/octet-stream'] },
  '.md': { format: 'text', types: ['text/markdown', 'text/x-markdown', 'text/plain', 'application/octet-stream'] },
};

export interface UploadedPlanFile {
  originalname: string;
  mimetype: string;
  size: number;
  buffer: Buffer;
}

const fileError = (status: number, detail: string, message: string) => new ProblemException(problem(status, detail, [{ path: UPLOAD_FIELD, message }]));

export function uploadFormatOf(file: Pick<UploadedPlanFile, 'originalname' | 'mimetype'>): UploadFormat | null {
  const accepted = ACCEPTED[path.extname(file.originalname).toLowerCase()];
  const declared = file.mimetype.split(';')[0]?.trim().toLowerCase() ?? '';
  return accepted && accepted.types.includes(declared) ? accepted.format : null;
}

/** The multipart form of a version import, as OpenAPI describes it: the JSON fields less `text`, plus the file. */
const uploadFields = jsonSchema(ImportVersionInput.omit({ text: true }), 'input');
export const PLAN_UPLOAD_SCHEMA = {
  ...uploadFields,
  required: [UPLOAD_FIELD, ...(Array.isArray(uploadFields.required) ? uploadFields.required : [])],
  properties: {
    [UPLOAD_FIELD]: { type: 'string', format: 'binary', description: 'A Word (.docx), text (.txt) or Markdown (.md) file of at most 10 MB' },
    ...(typeof uploadFields.properties === 'object' ? uploadFields.properties : {}),
  },
};

export const PlanFileInterceptor = FileInterceptor(UPLOAD_FIELD, {
  limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10, fieldSize: 10_000, parts: 12 },
  fileFilter: (_request: Request, file, accept) => {
    if (uploadFormatOf(file)) return accept(null, true);
    accept(fileError(400, 'That kind of file cannot be imported.', 'Choose a Word (.docx), text (.txt) or Markdown (.md) file'), false);
  },
});

/** Multer's own errors (too large, unexpected field) as problem details naming the field. */
@Injectable()
export class UploadProblemsInterceptor implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (error instanceof PayloadTooLargeException) {
          throw fileError(413, 'The file is larger than 10 MB.', 'Choose a file of 10 MB or less');
        }
        if (error instanceof HttpException && !(error instanceof ProblemException) && error.getStatus() === 400) {
          throw fileError(400, 'The upload could not be read.', `Send one file in the "${UPLOAD_FIELD}" field`);
        }
        throw error;
      }),
    );
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);

/** The upload as text (for .txt and .md) or as a Word document's bytes, after checking the bytes. */
export function readUpload(file: UploadedPlanFile): { format: 'docx'; buffer: Buffer } | { format: 'text'; text: string } {
  const format = uploadFormatOf(file);
  if (!format) throw fileError(400, 'That kind of file cannot be imported.', 'Choose a Word (.docx), text (.txt) or Markdown (.md) file');
  if (file.size === 0 || file.buffer.length === 0) throw fileError(400, 'The file is empty.', 'Choose a file with the text of the document');
  if (format === 'docx') {
    if (!file.buffer.subarray(0, 4).equals(ZIP_SIGNATURE)) throw fileError(400, 'The file is not a Word document.', 'Save the document as .docx and try again');
    return { format, buffer: file.buffer };
  }
  let text: string;
  try {
    // Strict decoding (a BOM is dropped): binary posing as text fails here rather than importing as garbage.
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.buffer);
  } catch {
    throw fileError(400, 'The file is not UTF-8 text.', 'Save the file as UTF-8 text and try again');
  }
  if (text.includes('\u0000')) throw fileError(400, 'The file is not text.', 'Choose a text or Markdown file');
  return { format, text };
}
