// The panel's recommendations on the draft Police and Crime Plan (meeting of 3 February 2017) and
// the Commissioner's answers to them, in the order of his letter of 2 March 2017.
//
// The wording of both comes from the letter (prisma/seed/llr/letter.ts reads it); this file holds
// the editorial judgements the letter leaves to the reader: each recommendation's theme, the
// outcome of each response and the sentence it rests on, which paragraphs each one cites, and
// which plan changes each response caused. Citations are declared with the words that make them
// ("point 24", "Para 46(e) and 52") and the numbers those words must resolve to; the builder
// resolves the words with @psp/plan-text's resolveCitations, and the seed test checks that the
// resolver agrees. A citation without words is a link the clerk added (LINKED_BY_STAFF).
//
// Changes to the plan are attributed to a response only where the letter says the change was made
// in answer to it (`letterSays` quotes those words), and the reconstructed published plan changes
// nothing else (prisma/seed/README.md lists every reconstructed paragraph).
//
// The letter quotes FOURTEEN recommendations (fourteen italic quotations, each answered), so the
// record holds fourteen, numbered 1–14 in letter order.

import type { ResponseOutcome } from '../../src/generated/prisma/enums';

export interface CitationSpec {
  /** The words in the text that cite the paragraphs; null for a paragraph the text does not number,
   *  linked by the clerk (recorded with `cited` null and source LINKED_BY_STAFF). */
  cited: string | null;
  /** The provision numbers the words resolve to, in the cited version. */
  numbers: string[];
}

/** A citation the response makes in its own words that no paragraph of the reconstruction can
 *  honestly be linked to: kept as cited, with why. */
export interface UnresolvedCitationSpec {
  cited: string;
  /** What the resolver finds for these words in the reconstruction: numbers deliberately not linked. */
  numbers: string[];
  note: string;
}

export interface AmendmentAnchor {
  /** Numbers in the reconstructed published plan (v2): a change whose number is one of these, or a
   *  sub-point of one, was made in answer to this recommendation. */
  published?: string[];
  /** The unnumbered Foreword. */
  foreword?: boolean;
  /** Unnumbered blocks (section headings) with one of these headings. */
  headings?: string[];
  /** The letter's words saying the change was made in answer to the recommendation (verbatim). */
  letterSays: string;
  note: string;
}

export interface RecommendationSpec {
  /** How the letter's quotation begins: a guard that the letter and this table stay aligned. */
  opens: string;
  theme: string;
  /** Citations of the draft plan (v1) in the recommendation. */
  cites: CitationSpec[];
  outcome: ResponseOutcome;
  /** The sentence(s) of the response the outcome rests on, verbatim; two passages are joined with " … ". */
  outcomeReason: string;
  /** Citations of the published plan (v2) in the response. */
  responseCites: CitationSpec[];
  /** Citations of the published plan in the response's words that are not linked (see the note). */
  responseCitesUnresolved?: UnresolvedCitationSpec[];
  /** Citations of the December 2016 minutes in the response. */
  responseCitesMinutes?: CitationSpec[];
  /** The response cites the plan's Foreword (unnumbered). */
  responseCitesForeword?: boolean;
  amends?: AmendmentAnchor;
}

/** Why the published plan's own numbers cannot be followed here: said once, in every unresolved note. */
const PUBLISHED_TEXT_MISSING =
  "The letter's paragraph numbers are those of the published plan, whose text is not among the source documents; this record's published plan is a reconstruction that keeps the draft's numbering except where the letter says a paragraph was inserted.";

export const RECOMMENDATIONS: readonly RecommendationSpec[] = [
  {
    opens: 'The Panel welcomes the emphasis on Partnership working',
    theme: 'Partnerships',
    cites: [],
    // A welcome, not a request.
    outcome: 'NOTED',
    outcomeReason: "I am pleased to note the Panel's appreciation of the significance of 'Viable Partnerships'.",
    responseCites: [],
  },
  {
    opens: "With regard to 'Value for Money'",
    theme: 'Value for money',
    // The recommendation numbers no paragraph: "1.2% of the police budget is being spent on the
    // OPCC" is linked by the clerk to the budget table at paragraph 61 (where the office's cost is
    // £1.2m, 0.7% of the budget).
    cites: [{ cited: null, numbers: ['61'] }],
    // The panel sought reassurance; he gives it and commits to report on the office's cost and on a
    // review of the allocations.
    outcome: 'ACCEPTED',
    outcomeReason:
      'This will include a review of the allocations between the Force, the OPCC and Commissioning, the findings of which I will also report to the Panel.',
    responseCites: [],
  },
  {
    opens: 'The Panel notes with regard to the telephone and web based surveys',
    theme: 'Engagement',
    cites: [],
    // He disputes that the under-representation affected the findings and offers only a
    // conditional intention.
    outcome: 'NOTED',
    outcomeReason:
      'That said, every effort will be made in future surveys, if and when these are undertaken, to encourage people from all demographics to respond.',
    responseCites: [],
  },
  {
    opens: 'The Panel welcomes the intention in the Plan to increase the number of those from black and minority ethnic',
    theme: 'Workforce diversity',
    // Numbers no paragraph; linked by the clerk to paragraph 28, the draft's only statement of that intention.
    cites: [{ cited: null, numbers: ['28'] }],
    outcome: 'ACCEPTED',
    outcomeReason: 'The outcomes from this Action Plan will be shared with the Panel through the normal reporting mechanisms.',
    responseCites: [],
  },
  {
    opens: 'It is noted that there is no reference in the aims of the Plan to improving public confidence',
    theme: 'Public confidence',
    cites: [],
    outcome: 'ACCEPTED',
    outcomeReason:
      'With that in mind, I have modified my Foreword slightly in response to your point. … For total clarity, this has now been highlighted in the plan.',
    responseCites: [{ cited: 'Para 40', numbers: ['40'] }],
    responseCitesForeword: true,
    amends: {
      foreword: true,
      published: ['40'],
      letterSays: 'I have modified my Foreword slightly in response to your point.',
      note: 'The letter: "I have modified my Foreword slightly in response to your point" (public confidence), and the monitoring of victim satisfaction "has now been highlighted in the plan. Please see Para 40." The Foreword\'s new sentence and the words added to 40(a) are a reconstruction: the letter does not give the wording.',
    },
  },
  {
    opens: "The Panel welcomes the PCC's aim to broaden the scope of the 101 telephone service",
    theme: '101 service',
    cites: [],
    // NOTED rather than NOT_ACCEPTED: the panel did not ask for the Plan to change; it asked to
    // hear "the PCC's comments on how he intends to achieve the required improvements". He answers
    // by pointing to his minuted commitment (December 2016, minute 44.ix) to report to the Panel on
    // the 101 service. "I do not believe that this needs to be noted within the Plan" declines only
    // something the panel never asked for. Not ALREADY_ADDRESSED either: he points to the minutes,
    // not the plan.
    outcome: 'NOTED',
    outcomeReason: 'At our meeting in December 2016 you will recall that I agreed to submit a report to the Panel on the 101 service.',
    responseCites: [],
    responseCitesMinutes: [{ cited: 'Para 44, item ix', numbers: ['44.ix'] }],
  },
  {
    opens: 'It is noted that at point 24 the Plan refers to diversity',
    theme: 'Radicalisation',
    cites: [{ cited: 'point 24', numbers: ['24'] }],
    // The answer points to existing text and says nothing was changed: no amendment is attributed.
    outcome: 'ALREADY_ADDRESSED',
    outcomeReason: 'Reference to the Prevent Strategy can be found at para 57 under the Vulnerability section of the Plan.',
    responseCites: [],
    responseCitesUnresolved: [
      {
        cited: 'para 57',
        numbers: ['57'],
        note: `${PUBLISHED_TEXT_MISSING} The letter places para 57 in the Vulnerability section; draft v0.7 mentions the Prevent Strategy nowhere, and in the reconstruction paragraph 57 opens the Value for Money section, so the citation is not linked.`,
      },
    ],
  },
  {
    opens: 'The Panel would ask that the PCC give consideration to making the tackling of cyber-crime',
    theme: 'Cyber-crime',
    cites: [],
    outcome: 'ACCEPTED',
    outcomeReason: 'In response to your comments I have revised the Plan slightly in this regard.',
    responseCites: [{ cited: 'Para 32', numbers: ['32'] }],
    amends: {
      published: ['32'],
      letterSays: 'In response to your comments I have revised the Plan slightly in this regard.',
      note: 'The letter: "In response to your comments I have revised the Plan slightly in this regard. Please see Para 32." The added sentence is a reconstruction (the letter\'s own words on cyber-crime): the letter does not give the wording.',
    },
  },
  {
    opens: 'It is noted that the PCC intends to adopt a zero tolerance approach to the supply of Class A drugs',
    theme: 'Firearms',
    // Numbers no paragraph; linked by the clerk to aim 45.d, the zero-tolerance approach to Class A drugs it refers to.
    cites: [{ cited: null, numbers: ['45.d'] }],
    outcome: 'NOT_ACCEPTED',
    outcomeReason:
      'While I believe that there is a zero-tolerance approach to any form of criminality involving firearms, I do not feel that at the current time I need to highlight this within my Plan.',
    responseCites: [],
  },
  {
    opens: 'It is noted that the 18 to 24 year age group',
    theme: 'Young people and elderly',
    cites: [],
    outcome: 'PARTIALLY_ACCEPTED',
    outcomeReason:
      'At the current time I am reluctant to place more emphasis on this age group until I can gauge the success of these initiatives. … I have therefore modified the Plan slightly to reflect your comments, please see Para 46(e) and 52.',
    responseCites: [{ cited: 'Para 23', numbers: ['23'] }],
    responseCitesUnresolved: [
      {
        cited: 'Para 46(e) and 52',
        numbers: ['46.e', '52'],
        note: `${PUBLISHED_TEXT_MISSING} In the reconstruction paragraphs 46(e) and 52 are the draft's paragraphs on hate incidents and hate crime, which the answer is not about, so the citation is not linked; the change it describes (all people in rural communities should feel safe, not purely the elderly) is reconstructed at paragraph 38 on rural crime.`,
      },
    ],
    amends: {
      published: ['38'],
      letterSays: 'I have therefore modified the Plan slightly to reflect your comments',
      note: 'The letter: "on reflection I feel that it should be made clear that all people in rural communities should be feel safe, not purely the elderly. I have therefore modified the Plan slightly to reflect your comments, please see Para 46(e) and 52." The change is reconstructed at paragraph 38, the draft\'s paragraph on rural crime and keeping the elderly feeling safe; the letter\'s paragraph numbers belong to the published plan, whose text is not in the documents.',
    },
  },
  {
    opens: 'It is noted that section 54 of the draft Plan',
    theme: 'Mental health',
    cites: [{ cited: 'section 54', numbers: ['54'] }],
    outcome: 'ACCEPTED',
    outcomeReason: 'I concur with the view that Learning Disability and Mental Health are different issues and have amended Para 54 to reflect that.',
    responseCites: [
      { cited: 'Para 54', numbers: ['54'] },
      { cited: 'Para 54, section F', numbers: ['54.f'] },
    ],
    amends: {
      published: ['54'],
      letterSays: 'have amended Para 54 to reflect that. I have also included a separate point addressing the need to reduce suicide, with our partners',
      note: 'The letter: "I concur with the view that Learning Disability and Mental Health are different issues and have amended Para 54 to reflect that. I have also included a separate point addressing the need to reduce suicide, with our partners - please see Para 54, section F." Reconstructed: learning disabilities taken out of paragraph 54 (the letter does not say where they are now covered) and point 54(f) added; the letter does not give the wording.',
    },
  },
  {
    opens: 'The wording of paragraph 47.a needs to be clarified',
    theme: 'Drugs and alcohol',
    cites: [{ cited: 'paragraph 47.a', numbers: ['47.a'] }],
    outcome: 'ACCEPTED',
    outcomeReason: 'A typographical error, it has now been addressed.',
    // The response names no paragraph; the clerk links it to 47.a, the paragraph its recommendation names.
    responseCites: [{ cited: null, numbers: ['47.a'] }],
    amends: {
      published: ['47.a'],
      letterSays: 'A typographical error, it has now been addressed.',
      note: 'The letter: "A typographical error, it has now been addressed." The corrected wording is a reconstruction from the panel\'s request (the new service provider is to tackle the problems of drugs and alcohol).',
    },
  },
  {
    opens: 'Clarification needs to be given in the Plan that the figure of 13,250 referrals',
    theme: 'Referrals figure',
    cites: [{ cited: 'point 49.b', numbers: ['49.b'] }],
    outcome: 'ACCEPTED',
    outcomeReason: 'Para 49b has been amended to reflect this.',
    responseCites: [{ cited: 'Para 49b', numbers: ['49.b'] }],
    amends: {
      published: ['49.b'],
      letterSays: 'Para 49b has been amended to reflect this.',
      note: 'The letter: "This figure relates to the amount of referrals made and not the amount of visits conducted by police officers or staff. Para 49b has been amended to reflect this." The added sentence is a reconstruction from those words.',
    },
  },
  {
    opens: 'The Panel has reservations on how the performance of the PCC can be judged',
    theme: 'Performance measures',
    cites: [],
    // No numerical targets and no statement of the kind suggested; instead the Annual Report,
    // regular performance reports, and a new section on periodic review.
    outcome: 'PARTIALLY_ACCEPTED',
    outcomeReason:
      'The Annual Report will describe quantitative goals where appropriate, supported by qualitative measures for scrutiny by the panel. … A section to this effect has been inserted into the Plan, please see Para 71.',
    responseCites: [{ cited: 'Para 71', numbers: ['71'] }],
    amends: {
      published: ['71'],
      headings: ['Review of this Plan'],
      letterSays: 'A section to this effect has been inserted into the Plan, please see Para 71.',
      note: 'The letter: "the Plan will be subject to periodic review and refreshment. … A section to this effect has been inserted into the Plan, please see Para 71." The section\'s heading, its place (before the Conclusion, which makes it paragraph 71) and its wording (the letter\'s) are a reconstruction.',
    },
  },
];
