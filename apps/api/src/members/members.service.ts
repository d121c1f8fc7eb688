import { Injectable } from '@nestjs/common';
import type { CreateMemberInput, PanelMember, UpdateMemberInput } from '@psp/contracts';
import { londonDay } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { notFound, staleVersion, unprocessable } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { mapMember } from './members.mapper';
import { dayAsDate, MembersRepository, type MemberRow } from './members.repository';

/** A panel's members over time: public to read; the clerk and the admin record and correct terms (never delete them). */
@Injectable()
export class MembersService {
  constructor(
    private readonly members: MembersRepository,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  async list(slug: string, query: { on?: string; all?: 'true' | 'false' }): Promise<PanelMember[]> {
    const panel = await this.panels.panelBySlug(slug);
    const rows = query.all === 'true' ? await this.members.allTerms(panel.id) : await this.members.membersOn(panel.id, query.on ?? londonDay(new Date()));
    return rows.map(mapMember);
  }

  /** The persons who are members of the panel on `day` (for a decision taken that day). */
  membersOn(panelId: string, day: string): Promise<MemberRow[]> {
    return this.members.membersOn(panelId, day);
  }

  async create(caller: Caller, slug: string, input: CreateMemberInput): Promise<PanelMember> {
    const panel = await this.panels.panelBySlug(slug);
    const principal = requirePanelPermission(caller, panel.id, 'members:manage');
    const row = await this.members.transaction(async (tx) => {
      const created = await this.members.create(tx, {
        panelId: panel.id,
        name: input.name,
        kind: input.kind,
        council: input.kind === 'COUNCILLOR' ? (input.council ?? null) : input.council || null,
        office: input.office ?? 'MEMBER',
        votingRights: input.votingRights ?? true,
        startsOn: dayAsDate(input.startsOn),
        endsOn: input.endsOn ? dayAsDate(input.endsOn) : null,
      });
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: panel.id,
        action: 'member.added',
        entityType: 'PanelMember',
        entityId: created.id,
        after: mapMember(created),
      });
      return created;
    });
    return mapMember(row);
  }

  /** Corrects a term (its end, office, name…); the version read must still be current. */
  async update(caller: Caller, id: string, input: UpdateMemberInput): Promise<PanelMember> {
    const current = await this.members.find(id);
    if (!current) throw notFound('That member');
    const principal = requirePanelPermission(caller, current.panelId, 'members:manage');
    const before = mapMember(current);
    const startsOn = input.startsOn ?? before.startsOn;
    const endsOn = input.endsOn === undefined ? before.endsOn : input.endsOn;
    if (endsOn !== null && endsOn < startsOn)
      throw unprocessable('The term must end on or after the day it starts.', [{ path: 'endsOn', message: `Enter a day on or after ${startsOn}` }]);
    const row = await this.members.transaction(async (tx) => {
      const updated = await this.members.update(tx, id, input.version, {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.council !== undefined ? { council: input.council || null } : {}),
        ...(input.office !== undefined ? { office: input.office } : {}),
        ...(input.votingRights !== undefined ? { votingRights: input.votingRights } : {}),
        startsOn: dayAsDate(startsOn),
        endsOn: endsOn === null ? null : dayAsDate(endsOn),
      });
      if (!updated) throw staleVersion();
      await this.audit.record(tx, {
        actorId: principal.userId,
        panelId: current.panelId,
        action: 'member.updated',
        entityType: 'PanelMember',
        entityId: id,
        before,
        after: mapMember(updated),
      });
      return updated;
    });
    return mapMember(row);
  }
}
