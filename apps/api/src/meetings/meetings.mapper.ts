import type { AgendaItem, MeetingDetail, MeetingSummary, Minutes } from '@psp/contracts';
import { canSeeVersion, type RoleName } from '@psp/domain';
import { mapProvision, type ProvisionRow } from '../common/provisions';
import type { AgendaItemRow, MeetingRow } from './meetings.repository';
import type { MinutesVersionRow } from './minutes.repository';

export function mapMeetingSummary(row: MeetingRow): MeetingSummary {
  return { id: row.id, title: row.title, startsAt: row.startsAt.toISOString(), status: row.status, location: row.location };
}

/** An agenda item; its paper only when the caller may see that version. */
export function mapAgendaItem(row: AgendaItemRow, roles: readonly RoleName[]): AgendaItem {
  const paper = row.paperVersion;
  const visible = paper && canSeeVersion(paper.document.kind, paper.status, roles);
  return {
    id: row.id,
    number: row.number,
    title: row.title,
    description: row.description,
    paper: visible ? { versionId: paper.id, documentId: paper.document.id, title: paper.document.title, label: paper.label, kind: paper.document.kind } : null,
    // Only on the items that have one: every other item reads as it always has.
    ...(row.generatedPaper ? { generatedPaper: row.generatedPaper } : {}),
  };
}

export function mapMinutes(version: MinutesVersionRow, provisions: ProvisionRow[]): Minutes {
  return {
    documentId: version.documentId,
    versionId: version.id,
    label: version.label,
    status: version.status,
    version: version.version,
    publishedAt: version.publishedAt?.toISOString() ?? null,
    reconstructed: version.reconstructed,
    reconstructionNote: version.reconstructionNote,
    provisions: provisions.map(mapProvision),
  };
}

export function mapMeetingDetail(row: MeetingRow, agenda: AgendaItem[], minutes: Minutes | null): MeetingDetail {
  return { ...mapMeetingSummary(row), version: row.version, provenanceNote: row.provenanceNote, agendaItems: agenda, minutes };
}
