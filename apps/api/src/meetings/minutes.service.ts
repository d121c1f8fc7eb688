import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { Prisma } from '@psp/db';
import type { Minutes, MinutesTransitionInput, SaveMinutesInput } from '@psp/contracts';
import { canSeeVersion, checkMinutesTransition, type RoleName } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, forbidden, notFound, staleVersion } from '../common/problem';
import { PrismaService } from '../common/prisma.service';
import { requirePanelPermission, rolesOn, type Caller } from '../auth/principal';
import { keyMinuteItems, normaliseMinuteNumbers } from './minute-items';
import { mapMinutes } from './meetings.mapper';
import { MeetingsRepository } from './meetings.repository';
import { MinutesRepository, type MinutesVersionRow } from './minutes.repository';

const TRANSITION_ACTIONS = { APPROVED: 'minutes.approved', PUBLISHED: 'minutes.published', DRAFT: 'minutes.returned-to-draft' } as const;

/**
 * Minutes are a MINUTES document of the meeting whose versions go DRAFT → APPROVED → PUBLISHED.
 * The clerk edits the draft; once published, the next save starts a new draft based on it, and
 * item numbers keep their provision keys from version to version.
 */
@Injectable()
export class MinutesService {
  constructor(
    private readonly prisma: PrismaService,
    private readonly minutes: MinutesRepository,
    private readonly meetings: MeetingsRepository,
    private readonly audit: AuditRepository,
  ) {}

  /** The newest version of the minutes the caller may see (draft and approved ones: the clerk's). */
  async visibleMinutes(meetingId: string, roles: readonly RoleName[]): Promise<Minutes | null> {
    const version = (await this.minutes.versionsOf(meetingId)).find((v) => canSeeVersion('MINUTES', v.status, roles));
    return version ? mapMinutes(version, await this.minutes.provisionsOf(version.id)) : null;
  }

  /**
   * Saves the clerk's numbered items. `version` is the minutes' current version, absent only
   * when there are no minutes yet; anything else is a stale view (409).
   */
  async save(meetingId: string, input: SaveMinutesInput, caller: Caller): Promise<Minutes> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound('Meeting');
    const clerk = requirePanelPermission(caller, meeting.panelId, 'minutes:write');
    const { numbers, errors } = normaliseMinuteNumbers(input.items);
    if (errors.length) throw badRequest('The request body has invalid fields.', errors);
    const newKey = () => `minutes-${randomUUID()}`;

    let saved: MinutesVersionRow;
    try {
      saved = await this.prisma.$transaction(async (tx) => {
        await this.meetings.lock(tx, meetingId);
        const [latest] = await this.minutes.versionsOf(meetingId, tx);
        const audit = (action: string, version: MinutesVersionRow, before?: unknown) =>
          this.audit.record(tx, {
            actorId: clerk.userId,
            panelId: meeting.panelId,
            action,
            entityType: 'DocumentVersion',
            entityId: version.id,
            before,
            after: { ...version, meetingId, items: numbers },
          });

        if (!latest) {
          if (input.version !== undefined) throw staleVersion();
          const document = await this.minutes.createDocument(tx, { panelId: meeting.panelId, meetingId, title: `Minutes: ${meeting.title}` });
          const created = await this.minutes.createVersion(
            tx,
            { documentId: document.id, sequence: 1, label: 'Minutes, version 1', basedOnId: null, createdById: clerk.userId },
            keyMinuteItems(input.items, numbers, [], newKey),
          );
          await audit('minutes.drafted', created);
          return created;
        }
        if (input.version !== latest.version) throw staleVersion();
        const previous = await this.minutes.numbersOf(tx, latest.id);
        const items = keyMinuteItems(input.items, numbers, previous, newKey);
        if (latest.status === 'DRAFT') {
          if ((await this.minutes.touchDraft(tx, latest.id, input.version)) === 0) throw staleVersion();
          await this.minutes.rewriteProvisions(tx, latest.id, items);
          const updated = { ...latest, version: latest.version + 1 };
          await audit('minutes.revised', updated, { version: latest.version, items: previous.map((p) => p.number) });
          return updated;
        }
        if (latest.status === 'APPROVED') {
          throw conflict('Approved minutes cannot be edited; they are published as approved.', 'not-editable');
        }
        const sequence = latest.sequence + 1;
        const created = await this.minutes.createVersion(
          tx,
          { documentId: latest.documentId, sequence, label: `Minutes, version ${sequence}`, basedOnId: latest.id, createdById: clerk.userId },
          items,
        );
        await audit('minutes.drafted', created, { basedOnId: latest.id });
        return created;
      });
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2003') {
        throw conflict('An item you removed is cited by a recommendation or a response; keep its number.', 'cited-item');
      }
      throw error;
    }
    return mapMinutes(saved, await this.minutes.provisionsOf(saved.id));
  }

  async transition(meetingId: string, input: MinutesTransitionInput, caller: Caller): Promise<Minutes> {
    const meeting = await this.meetings.findById(meetingId);
    if (!meeting) throw notFound('Meeting');
    const clerk = requirePanelPermission(caller, meeting.panelId, 'minutes:write');
    const [latest] = await this.minutes.versionsOf(meetingId);
    if (!latest) throw notFound('Minutes');
    const check = checkMinutesTransition(latest.status, input.to, rolesOn(caller, meeting.panelId));
    if (!check.ok) throw check.reason === 'illegal' ? conflict(check.message, 'illegal-transition') : forbidden(check.message);
    const now = new Date();
    // Minutes record what happened: those of a meeting still to come would publish an invention.
    if (input.to === 'PUBLISHED' && meeting.startsAt > now) {
      throw conflict('These minutes cannot be published: the meeting has not started yet.', 'meeting-not-started');
    }
    const change =
      input.to === 'APPROVED'
        ? { status: input.to, approvedAt: now }
        : input.to === 'DRAFT'
          ? { status: input.to, approvedAt: null }
          : { status: input.to, publishedAt: now };
    await this.prisma.$transaction(async (tx) => {
      if ((await this.minutes.changeStatus(tx, latest.id, input.version, latest.status, change)) === 0) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: meeting.panelId,
        action: TRANSITION_ACTIONS[input.to],
        entityType: 'DocumentVersion',
        entityId: latest.id,
        before: { status: latest.status, version: latest.version },
        after: { status: input.to, version: latest.version + 1, meetingId, ...('publishedAt' in change ? { publishedAt: now.toISOString() } : {}) },
      });
    });
    const [moved] = await this.minutes.versionsOf(meetingId);
    return mapMinutes(moved as MinutesVersionRow, await this.minutes.provisionsOf(latest.id));
  }
}
