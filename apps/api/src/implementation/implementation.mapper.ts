import type { ImplementationUpdate } from '@psp/contracts';

export interface ImplementationUpdateRow {
  id: string;
  state: ImplementationUpdate['state'];
  note: string;
  evidenceUrl: string | null;
  verdictMinute: string | null;
  createdAt: Date;
  verdictMeeting: { id: string; title: string } | null;
}

export function mapImplementationUpdate(row: ImplementationUpdateRow): ImplementationUpdate {
  return {
    id: row.id,
    state: row.state,
    note: row.note,
    evidenceUrl: row.evidenceUrl,
    verdict: row.verdictMeeting ? { meetingId: row.verdictMeeting.id, meetingTitle: row.verdictMeeting.title, minute: row.verdictMinute ?? '' } : null,
    at: row.createdAt.toISOString(),
  };
}
