import { Injectable } from '@nestjs/common';
import type {
  CreateDocumentInput,
  DocumentSummary,
  DocumentVersionDetail,
  FieldError,
  PublishVersionInput,
  SetAmendmentsInput,
  VersionAmendments,
} from '@psp/contracts';
import { AuditRepository } from '../common/audit.repository';
import { conflict, notFound, staleVersion, unprocessable } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { callerSeesResponse, callerSeesVersion } from './document-access';
import { mapAmendments, mapDocumentSummary, mapDocumentVersion } from './documents.mapper';
import { DocumentsRepository, type VersionRow } from './documents.repository';

@Injectable()
export class DocumentsService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  /** A panel's documents with the versions the caller may see; a document with none is left out. */
  async listForPanel(caller: Caller, slug: string): Promise<DocumentSummary[]> {
    const panel = await this.panels.panelBySlug(slug);
    const documents = await this.documents.listPanelDocuments(panel.id);
    return documents.flatMap((document) => {
      const versions = document.versions.filter((v) => callerSeesVersion(caller, { panelId: panel.id, kind: document.kind }, v.status));
      return versions.length ? [mapDocumentSummary(document, versions)] : [];
    });
  }

  async createDocument(caller: Caller, slug: string, input: CreateDocumentInput): Promise<DocumentSummary> {
    const panel = await this.panels.panelBySlug(slug);
    const principal = requirePanelPermission(caller, panel.id, 'plan:import');
    if (input.kind === 'MINUTES') {
      throw unprocessable('Minutes are written from their meeting, not created here.', [{ path: 'kind', message: 'Choose a plan or a report' }]);
    }
    const document = await this.documents.transaction(async (tx) => {
      const created = await this.documents.createDocument(tx, { panelId: panel.id, kind: input.kind, title: input.title });
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: panel.id,
        action: 'document.created',
        entityType: 'Document',
        entityId: created.id,
        after: created,
      });
      return created;
    });
    return mapDocumentSummary(document, []);
  }

  /** The version if the caller may see it; otherwise 404, as if it did not exist. */
  async visibleVersion(caller: Caller, id: string): Promise<VersionRow> {
    const version = await this.documents.findVersion(id);
    if (!version || !callerSeesVersion(caller, version.document, version.status)) throw notFound('That document version');
    return version;
  }

  async getVersion(caller: Caller, id: string, options: { withProvisions?: boolean } = {}): Promise<DocumentVersionDetail> {
    const version = await this.visibleVersion(caller, id);
    // The version it was based on is named only to those who may see that one too.
    const basedOn = version.basedOnId ? (await this.documents.documentVersions(version.documentId)).find((v) => v.id === version.basedOnId) : undefined;
    const basedOnId = basedOn && callerSeesVersion(caller, version.document, basedOn.status) ? basedOn.id : null;
    return mapDocumentVersion(version, options.withProvisions === false ? [] : await this.documents.provisionsOf(version.id), basedOnId);
  }

  async publish(caller: Caller, id: string, input: PublishVersionInput): Promise<DocumentVersionDetail> {
    const version = await this.visibleVersion(caller, id);
    const principal = requirePanelPermission(caller, version.document.panelId, 'plan:publish');
    if (version.status === 'PUBLISHED') throw conflict('That version is already published.', 'already-published');
    await this.documents.transaction(async (tx) => {
      const publishedAt = new Date();
      if ((await this.documents.publishVersion(tx, id, input.version, publishedAt)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: version.document.panelId,
        action: 'documentVersion.published',
        entityType: 'DocumentVersion',
        entityId: id,
        before: { status: version.status, version: version.version },
        after: {
          id,
          documentId: version.documentId,
          label: version.label,
          status: 'PUBLISHED',
          publishedAt: publishedAt.toISOString(),
          version: version.version + 1,
        },
      });
    });
    return this.getVersion(caller, id);
  }

  /** The version a version's changes are measured from: the one it was based on, else its predecessor. */
  async predecessorOf(version: VersionRow): Promise<VersionRow | null> {
    const siblings = await this.documents.documentVersions(version.documentId);
    const basedOn = version.basedOnId ? siblings.find((v) => v.id === version.basedOnId) : undefined;
    return basedOn ?? siblings.filter((v) => v.sequence < version.sequence).at(-1) ?? null;
  }

  /** The amendment links into a version; links to responses the caller may not see are left out. */
  async getAmendments(caller: Caller, id: string): Promise<VersionAmendments> {
    const version = await this.visibleVersion(caller, id);
    const from = await this.predecessorOf(version);
    const rows = await this.documents.amendmentsInto([id]);
    const visible = rows.filter((row) => !row.response || callerSeesResponse(caller, version.document.panelId, row.response.status));
    return mapAmendments(version, from && callerSeesVersion(caller, version.document, from.status) ? from.id : null, visible);
  }

  /** Replaces every amendment link into this version with the given set (so repeating it changes nothing). */
  async setAmendments(caller: Caller, id: string, input: SetAmendmentsInput): Promise<VersionAmendments> {
    const version = await this.visibleVersion(caller, id);
    const principal = requirePanelPermission(caller, version.document.panelId, 'response:draft');
    const from = await this.predecessorOf(version);
    if (!from) throw unprocessable('The first version of a document has no earlier version to amend.');
    const links = dedupe(input.amendments.map((a) => ({ provisionKey: a.provisionKey, responseId: a.responseId, note: a.note || null })));

    return this.documents.transaction(async (tx) => {
      // The version's row is held until the end: replacements of its links take turns, and one read stale is refused.
      const current = await this.documents.lockVersion(tx, id);
      if (current !== input.version) throw staleVersion();
      const keys = await this.documents.provisionKeysOf([from.id, id], tx);
      const responseIds = [...new Set(links.flatMap((l) => (l.responseId ? [l.responseId] : [])))];
      const ofPanel = new Set((await this.documents.responsesOfPanel(version.document.panelId, responseIds, tx)).map((r) => r.id));
      const errors: FieldError[] = [];
      input.amendments.forEach((a, i) => {
        if (!keys.has(a.provisionKey)) errors.push({ path: `amendments.${i}.provisionKey`, message: 'No such paragraph in this version or the one before it' });
        if (a.responseId && !ofPanel.has(a.responseId))
          errors.push({ path: `amendments.${i}.responseId`, message: "No such response to this panel's recommendations" });
      });
      if (errors.length) throw unprocessable('Some amendments do not fit this version.', errors);

      const before = await this.documents.amendmentsInto([id], undefined, tx);
      await this.documents.replaceAmendments(
        tx,
        { documentId: version.documentId, fromVersionId: from.id, toVersionId: id, createdById: principal.userId },
        links,
      );
      const next = await this.documents.bumpVersion(tx, id);
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: version.document.panelId,
        action: 'documentVersion.amendmentsReplaced',
        entityType: 'DocumentVersion',
        entityId: id,
        before: { amendments: before.map(({ provisionKey, responseId, note }) => ({ provisionKey, responseId, note })) },
        after: { fromVersionId: from.id, amendments: links },
      });
      return mapAmendments({ id, version: next }, from.id, await this.documents.amendmentsInto([id], undefined, tx));
    });
  }
}

function dedupe<T extends { provisionKey: string; responseId: string | null }>(links: T[]): T[] {
  const seen = new Set<string>();
  return links.filter((link) => {
    const key = `${link.provisionKey}\u0000${link.responseId ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
