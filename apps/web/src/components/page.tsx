// Page furniture: the h1 that receives focus after navigation, breadcrumbs, summary lists.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePageDescription, usePageTitle } from '@/lib/hooks';

/** The plain text of a heading made of strings and numbers ("Recommendation ", 5). */
function textOf(children: ReactNode): string | undefined {
  if (typeof children === 'string' || typeof children === 'number') return String(children);
  if (Array.isArray(children) && children.every((child) => typeof child === 'string' || typeof child === 'number')) return children.join('');
  return undefined;
}

export function PageHeading({
  children,
  caption,
  title,
  error,
  description,
}: {
  children: ReactNode;
  caption?: ReactNode;
  title?: string;
  error?: boolean;
  /** The page's meta description; without one the page's title stands for it. */
  description?: string;
}) {
  usePageTitle(title ?? textOf(children), { error });
  usePageDescription(description);
  return (
    <>
      {caption ? <span className="govuk-caption-l">{caption}</span> : null}
      {/* tabIndex -1: the layout moves focus here after each navigation, so screen readers announce the new page. */}
      <h1 className="govuk-heading-l" tabIndex={-1}>
        {children}
      </h1>
    </>
  );
}

export interface Crumb {
  text: string;
  href: string;
}

export function Breadcrumbs({ items }: { items: Crumb[] }) {
  return (
    <nav className="govuk-breadcrumbs" aria-label="Breadcrumb">
      <ol className="govuk-breadcrumbs__list">
        {items.map((item) => (
          <li className="govuk-breadcrumbs__list-item" key={item.href}>
            <Link className="govuk-breadcrumbs__link" to={item.href}>
              {item.text}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}

export interface SummaryRow {
  key: string;
  value: ReactNode;
  action?: { href: string; text: string; visuallyHidden: string };
}

export function SummaryList({ rows, noBorder }: { rows: SummaryRow[]; noBorder?: boolean }) {
  return (
    <dl className={`govuk-summary-list${noBorder ? ' govuk-summary-list--no-border' : ''}`}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action ? (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.href}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHidden}</span>
              </Link>
            </dd>
          ) : null}
        </div>
      ))}
    </dl>
  );
}

export function BackLink({ href, children = 'Back' }: { href: string; children?: ReactNode }) {
  return (
    <Link className="govuk-back-link" to={href}>
      {children}
    </Link>
  );
}

/** Stored text with its paragraphs kept. */
export function Prose({ text, className = 'govuk-body' }: { text: string; className?: string }) {
  const parts = text
    .split(/\n\s*\n/)
    .map((part) => part.trim())
    .filter(Boolean);
  return (
    <>
      {parts.map((part, index) => (
        <p className={`${className} app-preserve-lines`} key={index}>
          {part}
        </p>
      ))}
    </>
  );
}

/** A GOV.UK table's header row: one column heading each. */
export function TableHead({ columns }: { columns: ReactNode[] }) {
  return (
    <thead className="govuk-table__head">
      <tr className="govuk-table__row">
        {columns.map((column, index) => (
          <th scope="col" className="govuk-table__header" key={index}>
            {column}
          </th>
        ))}
      </tr>
    </thead>
  );
}
