// A document version's provisions in reading order: numbers, headings, indentation by depth
// (54 → 54.d → 54.d.i), tables as tables. Shared by the plan page and the minutes.
import { Link } from 'react-router';
import type { Provision } from '@psp/contracts';
import { paths, provisionAnchor } from '@/config/paths';
import { Prose } from './page';
import { ReconstructedTag } from './provenance';

export function ProvisionTable({ rows, caption }: { rows: string[][]; caption?: string }) {
  const [head, ...body] = rows;
  return (
    <div className="app-table-scroll">
      <table className="govuk-table app-table--compact app-table--reflow">
        {caption ? <caption className="govuk-table__caption govuk-table__caption--s">{caption}</caption> : null}
        {head ? (
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              {head.map((cell, index) => (
                <th scope="col" className="govuk-table__header" key={index}>
                  {cell}
                </th>
              ))}
            </tr>
          </thead>
        ) : null}
        <tbody className="govuk-table__body">
          {body.map((row, rowIndex) => (
            <tr className="govuk-table__row" key={rowIndex}>
              {row.map((cell, cellIndex) =>
                cellIndex === 0 ? (
                  <th scope="row" className="govuk-table__header" key={cellIndex} data-label={head?.[cellIndex]}>
                    {cell}
                  </th>
                ) : (
                  <td className="govuk-table__cell" key={cellIndex} data-label={head?.[cellIndex]}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The provisions that start a new heading. Paragraphs carry the heading of the section they sit
 * in, so a heading is shown once, where it changes, not above every paragraph of its section.
 */
export function provisionsStartingHeadings(provisions: Provision[]): Set<string> {
  const starts = new Set<string>();
  let current: string | null = null;
  for (const provision of provisions) {
    const heading = provision.heading?.trim() || null;
    if (heading && heading !== current) starts.add(provision.id);
    if (provision.depth === 0) current = heading ?? current;
  }
  return starts;
}

function ProvisionBlock({ provision, linkNumbers, showHeading }: { provision: Provision; linkNumbers: boolean; showHeading: boolean }) {
  const depth = Math.max(0, Math.min(provision.depth, 4));
  const HeadingTag = depth === 0 ? 'h2' : 'h3';
  // A section's text that only repeats its heading, and a table's text (its cells, read as text
  // for search) beside the table itself, would each be shown twice.
  const showText =
    provision.text.trim() &&
    !(provision.kind === 'SECTION' && provision.text.trim() === provision.heading?.trim()) &&
    !(provision.kind === 'TABLE' && provision.table?.rows.length);
  return (
    <div id={provisionAnchor(provision.provisionKey)} className={`app-provision app-provision--depth-${depth}`}>
      {provision.heading && showHeading ? <HeadingTag className={depth === 0 ? 'govuk-heading-m' : 'govuk-heading-s'}>{provision.heading}</HeadingTag> : null}
      {provision.reconstructed && !(showText || provision.table) ? <ReconstructedTag /> : null}
      {showText || provision.table ? (
        <div className="app-provision__body">
          {provision.number ? (
            <span className="app-provision__number">
              {linkNumbers ? (
                <Link className="govuk-link" to={paths.provision.href(provision.provisionKey)}>
                  <span className="govuk-visually-hidden">Paragraph </span>
                  {provision.number}
                  <span className="govuk-visually-hidden"> in every version</span>
                </Link>
              ) : (
                provision.number
              )}
            </span>
          ) : null}
          <div className="app-provision__text">
            {provision.reconstructed ? (
              <p className="govuk-body-s app-provision__reconstructed">
                <ReconstructedTag />{' '}
                {linkNumbers ? (
                  <Link className="govuk-link" to={paths.provision.href(provision.provisionKey)}>
                    <span className="govuk-visually-hidden">{provision.number ? `Paragraph ${provision.number}` : provision.heading}: </span>
                    its history
                  </Link>
                ) : null}
              </p>
            ) : null}
            {showText ? <Prose text={provision.text} /> : null}
            {provision.table?.rows.length ? <ProvisionTable rows={provision.table.rows} /> : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}

export function ProvisionList({ provisions, linkNumbers = true }: { provisions: Provision[]; linkNumbers?: boolean }) {
  if (!provisions.length) return <p className="govuk-body">This document has no paragraphs.</p>;
  const headed = provisionsStartingHeadings(provisions);
  return (
    <div className="app-provisions">
      {provisions.map((provision) => (
        <ProvisionBlock key={provision.id} provision={provision} linkNumbers={linkNumbers} showHeading={headed.has(provision.id)} />
      ))}
    </div>
  );
}
