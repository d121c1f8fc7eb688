// The "Recommendations tracker" paper for a meeting, as councils circulate it: what is still
// waiting for a response, the Commissioner's commitments that are overdue, and what was answered
// since the panel's last meeting, each recommendation with its history (recorded, answered). Only
// public material goes in: recommendations, and responses and commitments once published.
import { commitmentState } from '@psp/domain';
import { longDate, OUTCOME_WORDS, type Block } from '../common/paper';
import type { PapersRepository } from './papers.repository';

type TrackedRecommendation = Awaited<ReturnType<PapersRepository['recommendations']>>[number];

export interface TrackerInput {
  panelName: string;
  meeting: { title: string; startsAt: Date };
  /** The panel's meeting before this one: "answered since the last meeting" starts there. */
  previousMeetingAt: Date | null;
  recommendations: TrackedRecommendation[];
  now: Date;
}

const history = (recommendation: TrackedRecommendation) =>
  [
    `Recorded at ${recommendation.meeting.title} on ${longDate(recommendation.meeting.startsAt.toISOString())}`,
    recommendation.dueAt ? `response due ${longDate(recommendation.dueAt.toISOString())}` : null,
    ...recommendation.responses.map(
      (response) =>
        `${OUTCOME_WORDS[response.outcome].toLowerCase()} in the response published${response.publishedAt ? ` ${longDate(response.publishedAt.toISOString())}` : ''}`,
    ),
  ]
    .filter(Boolean)
    .join('; ');

export function trackerBlocks(input: TrackerInput): Block[] {
  const live = input.recommendations.filter((recommendation) => !recommendation.withdrawnAt);
  const waiting = live.filter((recommendation) => recommendation.responses.length === 0 && !recommendation.closedAt);
  const since = input.previousMeetingAt;
  const answered = live.filter((recommendation) => {
    const first = recommendation.responses[0]?.publishedAt;
    return first !== undefined && first !== null && (since === null || first >= since) && first < input.meeting.startsAt;
  });
  const overdue = live.flatMap((recommendation) =>
    recommendation.responses.flatMap((response) =>
      response.commitments
        .filter(
          (commitment) =>
            commitmentState(
              { dueAt: commitment.dueAt, dueMeetingStartsAt: commitment.dueMeeting?.startsAt ?? null, fulfilledAt: commitment.fulfilledAt },
              input.now,
            ) === 'OVERDUE',
        )
        .map((commitment) => ({ recommendation, commitment })),
    ),
  );

  const blocks: Block[] = [
    { kind: 'office', text: input.panelName },
    { kind: 'gap' },
    { kind: 'heading', text: 'Recommendations tracker' },
    { kind: 'meta', text: `For ${input.meeting.title}, ${longDate(input.meeting.startsAt.toISOString())}` },
    { kind: 'meta', text: `Prepared ${longDate(input.now.toISOString())} from the published record` },
    { kind: 'heading', text: `1. Waiting for a response (${waiting.length})` },
  ];
  if (waiting.length === 0) blocks.push({ kind: 'body', text: 'None: every recommendation has a published response.' });
  for (const recommendation of waiting) {
    blocks.push(
      { kind: 'body', text: `Recommendation ${recommendation.number}` },
      { kind: 'quote', text: recommendation.text },
      { kind: 'note', text: history(recommendation) },
    );
  }
  blocks.push({ kind: 'heading', text: `2. Commitments overdue (${overdue.length})` });
  if (overdue.length === 0) blocks.push({ kind: 'body', text: 'None.' });
  for (const { recommendation, commitment } of overdue) {
    const due = commitment.dueAt ?? commitment.dueMeeting?.startsAt ?? null;
    blocks.push(
      { kind: 'body', text: `Recommendation ${recommendation.number}: “${commitment.words}”` },
      { kind: 'note', text: `${commitment.owner}; due ${due ? longDate(due.toISOString()) : 'without a date'}; not yet fulfilled` },
    );
  }
  blocks.push({ kind: 'heading', text: `3. Answered since the last meeting (${answered.length})` });
  if (answered.length === 0) blocks.push({ kind: 'body', text: 'None.' });
  for (const recommendation of answered) {
    blocks.push(
      { kind: 'body', text: `Recommendation ${recommendation.number}` },
      { kind: 'quote', text: recommendation.text },
      { kind: 'note', text: history(recommendation) },
    );
  }
  return blocks;
}
