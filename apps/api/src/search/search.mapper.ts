import type { SearchHit } from '@psp/contracts';
import type { ProvisionRow } from '../common/provisions';
import type { SearchRow } from './search.sql';

const MARK = /<\/?mark>/g;
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The headline as PostgreSQL built it from escaped text. Should anything but <mark> ever carry an
 * angle bracket, the marks are dropped and the whole of it escaped again rather than trusted.
 */
export function safeHighlight(headline: string): string {
  return /[<>]/.test(headline.replace(MARK, '')) ? escapeHtml(headline.replace(MARK, '')) : headline;
}

function titleOf(row: SearchRow): string {
  switch (row.kind) {
    case 'recommendation':
      return `Recommendation ${row.recommendationNumber}`;
    case 'response':
      return `Response to recommendation ${row.recommendationNumber}`;
    case 'minutes':
      return [row.documentTitle, (row.label ?? row.number) ? `minute ${row.label ?? row.number}` : row.heading].filter(Boolean).join(': ');
    case 'provision':
      return [`${row.documentTitle}, ${row.versionLabel}`, (row.label ?? row.number) ? `paragraph ${row.label ?? row.number}` : row.heading]
        .filter(Boolean)
        .join(': ');
  }
}

export function mapSearchHit(row: SearchRow): SearchHit {
  return {
    kind: row.kind,
    id: row.id,
    title: titleOf(row),
    highlight: safeHighlight(row.highlight),
    rank: Number(row.rank),
    panel: row.panel,
    versionId: row.versionId,
    provisionKey: row.provisionKey,
    recommendationId: row.recommendationId,
    meetingId: row.meetingId,
    date: row.date ? row.date.toISOString() : null,
    reconstructed: row.reconstructed === true,
    // The hit is the newest version in which the paragraph matched; the older ones fold under it.
    alsoIn: (row.matchedVersionIds ?? []).slice(1).map((versionId, index) => ({ versionId, versionLabel: row.matchedVersionLabels?.[index + 1] ?? '' })),
  };
}

/** The opening of a text, escaped, for a hit that no words matched (a reference named it). */
function opening(text: string): string {
  const words = text.split(/\s+/);
  return escapeHtml(words.length > 35 ? `${words.slice(0, 35).join(' ')} …` : text);
}

export function directRecommendationHit(recommendation: {
  id: string;
  number: number;
  text: string;
  meetingId: string;
  panel: { slug: string };
  meeting: { startsAt: Date };
}): SearchHit {
  return {
    kind: 'recommendation',
    id: recommendation.id,
    title: `Recommendation ${recommendation.number}`,
    highlight: opening(recommendation.text),
    rank: 1,
    panel: recommendation.panel.slug,
    versionId: null,
    provisionKey: null,
    recommendationId: recommendation.id,
    meetingId: recommendation.meetingId,
    date: recommendation.meeting.startsAt.toISOString(),
    reconstructed: false,
    alsoIn: [],
  };
}

export function directProvisionHit(
  provision: Pick<ProvisionRow, 'id' | 'provisionKey' | 'number' | 'label' | 'heading' | 'text' | 'reconstructed'> & {
    versionId: string;
    documentVersion: { label: string; publishedAt: Date | null; createdAt: Date; document: { title: string; panel: { slug: string } } };
  },
): SearchHit {
  const version = provision.documentVersion;
  const printed = provision.label ?? provision.number;
  return {
    kind: 'provision',
    id: provision.id,
    title: [`${version.document.title}, ${version.label}`, printed ? `paragraph ${printed}` : provision.heading].filter(Boolean).join(': '),
    highlight: opening(provision.text || provision.heading || ''),
    rank: 1,
    panel: version.document.panel.slug,
    versionId: provision.versionId,
    provisionKey: provision.provisionKey,
    recommendationId: null,
    meetingId: null,
    date: (version.publishedAt ?? version.createdAt).toISOString(),
    reconstructed: provision.reconstructed,
    alsoIn: [],
  };
}
