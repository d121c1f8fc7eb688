// The panel's recommendations on the draft Police and Crime Plan (meeting of 3 February 2017) and
// the Commissioner's answers to them, in the order of his letter of 2 March 2017.
//
// The wording of both comes from the letter (prisma/seed/llr/letter.ts reads it); this file holds
// the editorial judgements the letter leaves to the reader: each recommendation's theme, the
// outcome of each response, which paragraphs each one cites, and which plan changes each response
// caused. Citations are declared with the words that make them ("point 24", "Para 46(e) and 52")
// and the numbers those words must resolve to; the builder resolves the words with
// @psp/plan-text's resolveCitations, and the seed test checks that the resolver agrees.
//
// The letter quotes FOURTEEN recommendations (fourteen italic quotations, each answered), so the
// record holds fourteen, numbered 1–14 in letter order.

import type { ResponseOutcome } from '../../src/generated/prisma/enums';

export interface CitationSpec {
  /** The words in the text that cite the paragraphs; null for a citation the text implies
   *  unambiguously without giving a number (recorded with `cited` null). */
  cited: string | null;
  /** The provision numbers the words resolve to, in the cited version. */
  numbers: string[];
}

export interface AmendmentAnchor {
  /** Numbers in the published plan (v2): a change whose published number is one of these, or a
   *  sub-point of one, was caused by this response. */
  published?: string[];
  /** Numbers in the draft (v1), for paragraphs removed from it. */
  draft?: string[];
  /** The unnumbered Foreword. */
  foreword?: boolean;
  /** Unnumbered blocks (section headings) with one of these headings. */
  headings?: string[];
  note: string;
}

export interface RecommendationSpec {
  /** How the letter's quotation begins: a guard that the letter and this table stay aligned. */
  opens: string;
  theme: string;
  /** Citations of the draft plan (v1) in the recommendation. */
  cites: CitationSpec[];
  outcome: ResponseOutcome;
  /** Why this outcome: the words of the response that decide it. */
  because: string;
  /** Citations of the published plan (v2) in the response. */
  responseCites: CitationSpec[];
  /** Citations of the December 2016 minutes in the response. */
  responseCitesMinutes?: CitationSpec[];
  /** The response cites the plan's Foreword (unnumbered). */
  responseCitesForeword?: boolean;
  amends?: AmendmentAnchor;
}

export const RECOMMENDATIONS: readonly RecommendationSpec[] = [
  {
    opens: 'The Panel welcomes the emphasis on Partnership working',
    theme: 'Partnerships',
    cites: [],
    outcome: 'NOTED',
    because: 'A welcome, not a request: "I am pleased to note the Panel\'s appreciation".',
    responseCites: [],
  },
  {
    opens: "With regard to 'Value for Money'",
    theme: 'Value for money',
    // "1.2% of the police budget is being spent on the OPCC" can only refer to the budget table at
    // paragraph 61 (where the office's cost is £1.2m, 0.7% of the budget).
    cites: [{ cited: null, numbers: ['61'] }],
    outcome: 'ACCEPTED',
    because:
      'The panel sought reassurance; the Commissioner gives it and commits to what it implies: to report annually on the cost of his office and to review the allocations between the Force, the OPCC and Commissioning and report the findings to the Panel.',
    responseCites: [],
  },
  {
    opens: 'The Panel notes with regard to the telephone and web based surveys',
    theme: 'Engagement',
    cites: [],
    outcome: 'NOTED',
    because:
      'The panel asked for his thoughts; he disputes that the under-representation affected the findings ("no significant differences in opinion") and offers only a conditional intention ("every effort will be made in future surveys, if and when these are undertaken").',
    responseCites: [],
  },
  {
    opens: 'The Panel welcomes the intention in the Plan to increase the number of those from black and minority ethnic',
    theme: 'Workforce diversity',
    // The only statement of that intention in the draft is paragraph 28.
    cites: [{ cited: null, numbers: ['28'] }],
    outcome: 'ACCEPTED',
    because:
      'The panel asked for further details; he gives them (recruitment under way, an Action Plan developed) and commits to share the Action Plan\'s outcomes "with the Panel through the normal reporting mechanisms".',
    responseCites: [],
  },
  {
    opens: 'It is noted that there is no reference in the aims of the Plan to improving public confidence',
    theme: 'Public confidence',
    cites: [],
    outcome: 'ACCEPTED',
    because:
      'Both requests were acted on in the published plan: "I have modified my Foreword slightly in response to your point" and victim satisfaction monitoring "has now been highlighted in the plan. Please see Para 40."',
    responseCites: [{ cited: 'Para 40', numbers: ['40'] }],
    responseCitesForeword: true,
    amends: {
      foreword: true,
      published: ['40'],
      note: 'Foreword modified to strengthen public confidence; paragraph 40 now highlights monitoring victim satisfaction.',
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
    // something the panel never asked for, so recording the answer as a refusal would misstate it.
    // Not ALREADY_ADDRESSED either: that outcome says the plan already covers the point, and he
    // points to the minutes, not the plan. The follow-up to watch is the promised 101 report.
    outcome: 'NOTED',
    because:
      'The panel asked for his comments; he points to his agreement, minuted at 44(ix) in December 2016, to report to the Panel on the 101 service, and sees no need to note it in the Plan (which the panel had not asked for).',
    responseCites: [],
    responseCitesMinutes: [{ cited: 'Para 44, item ix', numbers: ['44.ix'] }],
  },
  {
    opens: 'It is noted that at point 24 the Plan refers to diversity',
    theme: 'Radicalisation',
    cites: [{ cited: 'point 24', numbers: ['24'] }],
    outcome: 'ALREADY_ADDRESSED',
    because: 'The response points to existing text: "Reference to the Prevent Strategy can be found at para 57 under the Vulnerability section of the Plan."',
    responseCites: [{ cited: 'para 57', numbers: ['57'] }],
    amends: {
      published: ['57'],
      note: 'The letter says the Prevent Strategy "can be found at para 57"; there was no such paragraph in draft v0.7 (whose 57 is Value for Money), so paragraph 57 on radicalisation and Prevent was inserted into the published plan in answer to this recommendation.',
    },
  },
  {
    opens: 'The Panel would ask that the PCC give consideration to making the tackling of cyber-crime',
    theme: 'Cyber-crime',
    cites: [],
    outcome: 'ACCEPTED',
    because:
      'The panel asked him to consider it; he did, and revised the plan: "In response to your comments I have revised the Plan slightly in this regard. Please see Para 32."',
    responseCites: [{ cited: 'Para 32', numbers: ['32'] }],
    amends: { published: ['32'], note: 'Paragraph 32 revised on cyber-crime.' },
  },
  {
    opens: 'It is noted that the PCC intends to adopt a zero tolerance approach to the supply of Class A drugs',
    theme: 'Firearms',
    // The zero-tolerance approach to Class A drugs the recommendation refers to is aim 45.d.
    cites: [{ cited: null, numbers: ['45.d'] }],
    outcome: 'NOT_ACCEPTED',
    because: '"I do not feel that at the current time I need to highlight this within my Plan."',
    responseCites: [],
  },
  {
    opens: 'It is noted that the 18 to 24 year age group',
    theme: 'Young people and elderly',
    cites: [],
    outcome: 'PARTIALLY_ACCEPTED',
    because:
      'Declined for the 18–24 age group ("I believe that Para 23 covers the focus … in sufficient detail"); accepted for elderly people, widened to all rural residents ("I have therefore modified the Plan slightly … please see Para 46(e) and 52").',
    responseCites: [
      { cited: 'Para 23', numbers: ['23'] },
      { cited: 'Para 46(e) and 52', numbers: ['46.e', '52'] },
    ],
    amends: { published: ['46.e', '52'], note: 'Elderly people and rural communities: paragraphs 46(e) and 52 modified.' },
  },
  {
    opens: 'It is noted that section 54 of the draft Plan',
    theme: 'Mental health',
    cites: [{ cited: 'section 54', numbers: ['54'] }],
    outcome: 'ACCEPTED',
    because:
      'Learning disabilities were separated from mental health ("I concur … and have amended Para 54 to reflect that") and suicide given its own point ("please see Para 54, section F").',
    responseCites: [
      { cited: 'Para 54', numbers: ['54'] },
      { cited: 'Para 54, section F', numbers: ['54.f'] },
    ],
    amends: {
      published: ['54', '55'],
      draft: ['54'],
      note: 'Paragraph 54 now covers mental health only, with a new point 54(f) on reducing suicide; learning disabilities have their own paragraph 55.',
    },
  },
  {
    opens: 'The wording of paragraph 47.a needs to be clarified',
    theme: 'Drugs and alcohol',
    cites: [{ cited: 'paragraph 47.a', numbers: ['47.a'] }],
    outcome: 'ACCEPTED',
    because: '"A typographical error, it has now been addressed."',
    // The response names no paragraph, but it answers a recommendation about 47.a and nothing else.
    responseCites: [{ cited: null, numbers: ['47.a'] }],
    amends: { published: ['47.a'], note: 'Typographical error in paragraph 47(a) corrected.' },
  },
  {
    opens: 'Clarification needs to be given in the Plan that the figure of 13,250 referrals',
    theme: 'Referrals figure',
    cites: [{ cited: 'point 49.b', numbers: ['49.b'] }],
    outcome: 'ACCEPTED',
    because: '"Para 49b has been amended to reflect this."',
    responseCites: [{ cited: 'Para 49b', numbers: ['49.b'] }],
    amends: { published: ['49.b'], note: 'Paragraph 49(b) clarified: the figure counts referrals, not visits.' },
  },
  {
    opens: 'The Panel has reservations on how the performance of the PCC can be judged',
    theme: 'Performance measures',
    cites: [],
    outcome: 'PARTIALLY_ACCEPTED',
    because:
      'No numerical targets and no statement of the kind suggested; instead the statutory Annual Report, regular performance reports, and a new section on periodic review of the Plan ("A section to this effect has been inserted into the Plan, please see Para 71").',
    responseCites: [{ cited: 'Para 71', numbers: ['71'] }],
    amends: {
      published: ['71'],
      headings: ['Review of this Plan'],
      note: 'New section "Review of this Plan" and paragraph 71: the Plan will be subject to periodic review and refreshment.',
    },
  },
];

/** Changes in the published plan that no response caused: recorded as amendments without a
 *  response, with a note saying what they are. Matched like AmendmentAnchor. The letter asks for
 *  neither merger; they are the published plan's own editing of the Strategic Policing
 *  Requirement section (and they are what keeps the new review section at paragraph 71, the
 *  number the letter gives). */
export const EDITORIAL_AMENDMENTS: readonly AmendmentAnchor[] = [
  {
    draft: ['66', '67'],
    published: ['68'],
    note: 'Editorial, not in answer to a recommendation: draft paragraphs 66 and 67 (the Strategic Policing Requirement) merged into paragraph 68.',
  },
  {
    draft: ['69', '70'],
    published: ['70'],
    note: 'Editorial, not in answer to a recommendation: draft paragraphs 69 and 70 (regional collaboration) merged into paragraph 70.',
  },
];
