// The promises the Commissioner's letter of 2 March 2017 makes to the Panel, in its own words.
// The letter is signed by the Commissioner and written in the first person, so he is their owner;
// it gives none of them a date or a meeting, so none has one here (and none can fall overdue);
// nothing in the seed documents says any was fulfilled, so none is.
import type { Prisma } from '../../src/generated/prisma/client';
import { isPassageOf } from '@psp/domain';
import { ids } from './ids';

export const LETTER_COMMITMENTS = [
  'I will also report annually to the Police and Crime Panel regarding the cost of my office',
  'a review of the allocations between the Force, the OPCC and Commissioning, the findings of which I will also report to the Panel',
  'The outcomes from this Action Plan will be shared with the Panel through the normal reporting mechanisms',
  "a Victims' Strategy which will incorporate the monitoring of victim satisfaction",
  'I agreed to submit a report to the Panel on the 101 service',
  'The Annual Report will describe quantitative goals where appropriate, supported by qualitative measures for scrutiny by the panel',
] as const;

export const COMMITMENT_OWNER = 'The Police and Crime Commissioner';

/** Each promise in the one response whose words hold it; the seed fails if any is not found exactly once. */
export function letterCommitments(responses: ReadonlyArray<{ id: string; text: string }>, createdAt: Date): Prisma.CommitmentCreateManyInput[] {
  const positions = new Map<string, number>();
  return LETTER_COMMITMENTS.map((words, index) => {
    const holders = responses.filter((response) => isPassageOf(words, response.text));
    const [holder] = holders;
    if (holders.length !== 1 || !holder) throw new Error(`Commitment "${words}" is in ${holders.length} responses of the letter, not one`);
    const position = (positions.get(holder.id) ?? 0) + 1;
    positions.set(holder.id, position);
    return { id: ids.commitment(index + 1), responseId: holder.id, words, owner: COMMITMENT_OWNER, position, createdAt, updatedAt: createdAt };
  });
}
