import { parsePlanText } from './src/parse';
const texts = [
`5. The Panel may veto the precept if:
(a) it is more than the cap; or
(b) the Commissioner has not consulted; and
(c) two thirds agree.
6. Next paragraph.`,
`7. The Commissioner will:
• work with partners;
• publish a plan;
• report to the Panel.
8. Next.`,
`7. The Commissioner will:
- work with partners;
- publish a plan;
- report to the Panel.
8. Next.`,
`Chapter 1. Introduction
1. The report begins.
Part 2
2. The second part.
Section 3 Finance
3. Money.`,
`28 Police and crime panels
(1) Each police area must have a panel.
(2) The panel must review the plan.
(1A) Inserted subsection.
(a) first point;
(i) a numeral.`,
];
for (const text of texts) {
  const parsed = parsePlanText(text);
  console.log(parsed.provisions.map((p) => `${p.kind} n=${p.number} l=${p.label} d=${p.depth} h=${p.heading} | ${JSON.stringify(p.text.slice(0, 70))}`).join('\n'));
  console.log(JSON.stringify(parsed.warnings));
  console.log('---');
}
