import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { DocumentSummary } from '@psp/contracts';
import { paths } from '@/config/paths';
import { formatDate } from '@/lib/format';

/** Choose another version of the same document. */
export function VersionPicker({ document, currentId }: { document: DocumentSummary; currentId: string }) {
  const navigate = useNavigate();
  const [chosen, setChosen] = useState(currentId);
  if (document.versions.length < 2) return null;
  return (
    <form
      className="app-no-print"
      onSubmit={(event) => {
        event.preventDefault();
        if (chosen !== currentId) void navigate(paths.documentVersion.href(chosen));
      }}
    >
      <div className="govuk-form-group">
        <label className="govuk-label govuk-label--s" htmlFor="version-picker">
          Version
        </label>
        <select className="govuk-select" id="version-picker" value={chosen} onChange={(e) => setChosen(e.target.value)}>
          {document.versions.map((version) => (
            <option key={version.id} value={version.id}>
              {version.label}
              {version.status !== 'PUBLISHED' ? ' (not published)' : version.publishedAt ? ` – ${formatDate(version.publishedAt)}` : ''}
            </option>
          ))}
        </select>{' '}
        <button type="submit" className="govuk-button govuk-button--secondary govuk-!-margin-bottom-0">
          Show version
        </button>
      </div>
    </form>
  );
}
