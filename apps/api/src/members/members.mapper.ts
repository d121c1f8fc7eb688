import type { PanelMember } from '@psp/contracts';
import type { MemberRow } from './members.repository';

/** A DATE column as the calendar day it holds. */
export const dayOf = (date: Date): string => date.toISOString().slice(0, 10);

export function mapMember(row: MemberRow): PanelMember {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind,
    council: row.council,
    office: row.office,
    votingRights: row.votingRights,
    startsOn: dayOf(row.startsOn),
    endsOn: row.endsOn ? dayOf(row.endsOn) : null,
    version: row.version,
  };
}
