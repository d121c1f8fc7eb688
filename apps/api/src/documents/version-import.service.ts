import { Injectable } from '@nestjs/common';
import type { ImportedVersion, ImportVersionInput, VersionPreview } from '@psp/contracts';
import { can } from '@psp/domain';
import { isPlanImportError, type KeyedProvision } from '@psp/plan-text';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, notFound, problem, ProblemException, unprocessable } from '../common/problem';
import { requirePanelPermission, rolesOn, type Caller } from '../auth/principal';
import { callerSeesVersion } from './document-access';
import { mapDocumentVersion, toKeyedProvision } from './documents.mapper';
import { DocumentsRepository, type NewProvision } from './documents.repository';
import { parseInWorker } from './parse-in-worker';
import type { KeyedImport, ParseJob, ParseSource } from './parse-limits';
import { readUpload, UPLOAD_FIELD, type UploadedPlanFile } from './upload';

@Injectable()
export class VersionImportService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly audit: AuditRepository,
  ) {}

  /**
   * Imports pasted text or an uploaded file as a new DRAFT version. Paragraphs keep their identity
   * from the version it is based on (by default the latest). Everything is parsed and checked
   * before the transaction starts, so a refused import leaves nothing behind.
   */
  async importVersion(caller: Caller, documentId: string, input: ImportVersionInput, file: UploadedPlanFile | undefined): Promise<ImportedVersion> {
    const { document, principal, basedOn, parsed, provisions } = await this.parseForImport(caller, documentId, input, file);
    const rows: NewProvision[] = provisions.map((p) => ({
      provisionKey: p.provisionKey,
      number: p.number,
      label: p.label ?? null,
      heading: p.heading,
      text: p.text,
      kind: p.kind ?? 'PARAGRAPH',
      depth: p.depth,
      parentKey: p.parentKey,
      tableRows: p.table?.rows ?? null,
    }));
    const sourceName = file ? file.originalname.slice(0, 255) : null;

    const versionId = await this.documents.transaction(async (tx) => {
      const sequence = await this.documents.nextSequence(tx, document.id);
      const id = await this.documents.createVersion(
        tx,
        { documentId: document.id, sequence, label: input.label, basedOnId: basedOn?.id ?? null, sourceName, createdById: principal.userId },
        rows,
      );
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: document.panelId,
        action: 'documentVersion.imported',
        entityType: 'DocumentVersion',
        entityId: id,
        after: {
          id,
          documentId: document.id,
          sequence,
          label: input.label,
          status: 'DRAFT',
          basedOnId: basedOn?.id ?? null,
          sourceName,
          provisions: rows.length,
          warnings: parsed.warnings,
        },
      });
      return id;
    });
    const version = await this.documents.findVersion(versionId);
    if (!version) throw notFound('That document version');
    // The importer may see every version of a plan, the one it follows included.
    return { ...mapDocumentVersion(version, await this.documents.provisionsOf(versionId), version.basedOnId), warnings: parsed.warnings };
  }

  /**
   * What `importVersion` would store, saved nowhere: the parsed outline, how each provision follows
   * the version it is based on, and the parser's warnings. Same access rules and refusals as the import.
   */
  async previewVersion(caller: Caller, documentId: string, input: ImportVersionInput, file: UploadedPlanFile | undefined): Promise<VersionPreview> {
    const { basedOn, parsed, matches } = await this.parseForImport(caller, documentId, input, file);
    return {
      basedOnId: basedOn?.id ?? null,
      provisions: parsed.provisions.map((item, index) => {
        const match = matches[index];
        return {
          number: item.number,
          label: item.label,
          heading: item.heading,
          text: item.text,
          kind: item.kind,
          depth: item.depth,
          parentNumber: item.parentNumber,
          provisionKey: match?.provisionKey ?? null,
          relation: match?.relation ?? 'new',
        };
      }),
      warnings: parsed.warnings,
    };
  }

  /** Access, validation, parsing and keying shared by the import and its preview; nothing is written. */
  private async parseForImport(caller: Caller, documentId: string, input: ImportVersionInput, file: UploadedPlanFile | undefined) {
    const document = await this.documents.findDocument(documentId);
    // Someone who may neither import into nor read this document is not told it exists.
    const seesDocument =
      document && (can(rolesOn(caller, document.panelId), 'plan:import') || document.versions.some((v) => callerSeesVersion(caller, document, v.status)));
    if (!document || !seesDocument) throw notFound('That document');
    const principal = requirePanelPermission(caller, document.panelId, 'plan:import');
    if (document.kind === 'MINUTES') throw unprocessable('Minutes are written from their meeting, not imported.');

    const basedOn = input.basedOnId ? document.versions.find((v) => v.id === input.basedOnId) : document.versions.at(-1);
    if (input.basedOnId && !basedOn)
      throw badRequest('The version to follow is not a version of this document.', [{ path: 'basedOnId', message: 'Choose a version of this document' }]);

    const previous = basedOn ? (await this.documents.provisionsOf(basedOn.id)).map(toKeyedProvision) : [];
    const { parsed, provisions, matches } = await parseSource(input, file, previous, document.id);
    return { document, principal, basedOn, parsed, provisions, matches };
  }
}

/** Pasted text or an uploaded file, parsed into provisions keyed to `previous`; a problem (400/413/422) naming the field otherwise. */
async function parseSource(input: ImportVersionInput, file: UploadedPlanFile | undefined, previous: KeyedProvision[], keyPrefix: string): Promise<KeyedImport> {
  if (file && input.text !== undefined) {
    throw badRequest('Send the text or a file, not both.', [{ path: 'text', message: 'Leave the text empty when you choose a file' }]);
  }
  if (file) {
    const upload = readUpload(file);
    const source: ParseSource = upload.format === 'docx' ? { kind: 'docx', buffer: upload.buffer } : { kind: 'text', text: upload.text };
    return importing(UPLOAD_FIELD, { source, previous, keyPrefix });
  }
  if (!input.text?.trim()) throw badRequest('There is no text to import.', [{ path: 'text', message: 'Paste the text of the document or choose a file' }]);
  return importing('text', { source: { kind: 'text', text: input.text }, previous, keyPrefix });
}

/** Parses and keys off the API's process, within the import limits; a refusal is a problem naming the field. */
async function importing(field: string, job: ParseJob): Promise<KeyedImport> {
  try {
    return await parseInWorker(job);
  } catch (error) {
    if (!isPlanImportError(error)) throw error;
    const status = error.code === 'EMPTY' ? 400 : error.code === 'TOO_LARGE' ? 413 : 422;
    throw new ProblemException(problem(status, 'The document could not be imported.', [{ path: field, message: error.message }]));
  }
}
