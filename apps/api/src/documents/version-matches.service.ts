import { Injectable } from '@nestjs/common';
import { MATCH_RELATIONS, type MatchRelationValue, type RematchInput, type VersionMatches } from '@psp/contracts';
import { diffWords, reviewMatches, type KeyedProvision } from '@psp/plan-text';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion, unprocessable } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { callerSeesVersion } from './document-access';
import { toKeyedProvision } from './documents.mapper';
import { DocumentsRepository, type VersionRow } from './documents.repository';
import { DocumentsService } from './documents.service';
import { newKeyGenerator } from './provision-keys';

/** Reviewing how a version's paragraphs follow the version before it, and correcting a wrong match while it is a draft. */
@Injectable()
export class VersionMatchesService {
  constructor(
    private readonly documents: DocumentsRepository,
    private readonly versions: DocumentsService,
    private readonly audit: AuditRepository,
  ) {}

  /** Each paragraph of the version beside the earlier one it continues (or was split or merged from), and the earlier ones removed. */
  async matches(caller: Caller, id: string): Promise<VersionMatches> {
    const version = await this.versions.visibleVersion(caller, id);
    const from = await this.visiblePredecessor(caller, version);
    const [previous, current] = await Promise.all([from ? this.keyedProvisionsOf(from.id) : Promise.resolve([]), this.keyedProvisionsOf(id)]);
    return mapMatches(version, from, previous, current);
  }

  /**
   * "This is draft paragraph 38": the paragraph keyed `provisionKey` in this draft takes the key of
   * the earlier paragraph it continues (or a new key, for a new paragraph). A paragraph of the draft
   * that held that key gets a new one and reads as new until it too is matched. Links into the
   * version follow their paragraphs.
   */
  async rematch(caller: Caller, id: string, provisionKey: string, input: RematchInput): Promise<VersionMatches> {
    const version = await this.versions.visibleVersion(caller, id);
    const principal = requirePanelPermission(caller, version.document.panelId, 'plan:import');
    if (version.status === 'PUBLISHED') throw conflict('A published version cannot be re-matched: its paragraphs are public as they are.', 'version-published');
    const from = await this.versions.predecessorOf(version);
    if (!from) throw unprocessable('The first version of a document follows no earlier version.');

    await this.documents.transaction(async (tx) => {
      // The version's row is held until the end: corrections take turns, and one read stale is refused.
      if ((await this.documents.lockVersion(tx, id)) !== input.version) throw staleVersion();
      const [current, previous] = await Promise.all([this.documents.provisionKeysOf([id], tx), this.documents.provisionKeysOf([from.id], tx)]);
      if (!current.has(provisionKey)) throw notFound('That paragraph of this version');
      if (input.previousKey !== null && !previous.has(input.previousKey)) {
        throw badRequest('That is not a paragraph of the version this one follows.', [{ path: 'previousKey', message: `Choose a paragraph of ${from.label}` }]);
      }
      if (input.previousKey === provisionKey) return;
      // A new paragraph that already reads as new needs nothing.
      if (input.previousKey === null && !previous.has(provisionKey)) return;

      const newKey = newKeyGenerator(version.documentId, await this.documents.documentProvisionKeys(tx, version.documentId));
      const target = input.previousKey ?? newKey();
      const displaced = current.has(target) ? newKey() : null;
      if (displaced) await this.documents.rekeyProvision(tx, id, target, displaced);
      await this.documents.rekeyProvision(tx, id, provisionKey, target);
      const next = await this.documents.bumpVersion(tx, id);
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: version.document.panelId,
        action: 'documentVersion.rematched',
        entityType: 'DocumentVersion',
        entityId: id,
        before: { provisionKey, version: input.version },
        after: {
          provisionKey: target,
          continues: input.previousKey,
          fromVersionId: from.id,
          displaced: displaced && { was: target, now: displaced },
          version: next,
        },
      });
    });
    return this.matches(caller, id);
  }

  private async visiblePredecessor(caller: Caller, version: VersionRow): Promise<VersionRow | null> {
    const from = await this.versions.predecessorOf(version);
    return from && callerSeesVersion(caller, version.document, from.status) ? from : null;
  }

  private async keyedProvisionsOf(versionId: string): Promise<KeyedProvision[]> {
    return (await this.documents.provisionsOf(versionId)).map(toKeyedProvision);
  }
}

function mapMatches(version: VersionRow, from: VersionRow | null, previous: KeyedProvision[], current: KeyedProvision[]): VersionMatches {
  const side = (provision: KeyedProvision) => ({
    provisionKey: provision.provisionKey,
    number: provision.number,
    label: provision.label ?? null,
    heading: provision.heading,
    text: provision.text,
  });
  const counts = Object.fromEntries(MATCH_RELATIONS.map((relation) => [relation, 0])) as Record<MatchRelationValue, number>;
  const entries = reviewMatches(previous, current).map((entry) => {
    counts[entry.relation] += 1;
    const source = entry.previous ?? entry.from[0];
    const changedWords = entry.current && source && entry.relation !== 'removed' && source.text !== entry.current.text;
    return {
      relation: entry.relation,
      current: entry.current && side(entry.current),
      previous: entry.previous && side(entry.previous),
      from: entry.from.map(side),
      words: changedWords && entry.current && source ? diffWords(source.text, entry.current.text) : null,
    };
  });
  return { versionId: version.id, status: version.status, version: version.version, fromVersion: from && { id: from.id, label: from.label }, entries, counts };
}
