// The staff landing page: the work each of the person's roles gives them.
import type { QueryClient } from '@tanstack/react-query';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { useMe } from '@/lib/api/get-me';
import { userCan } from '@/lib/authorization';
import { PageHeading } from '@/components/page';
import { Loading, QueryFallback } from '@/components/feedback';
import { useWorkspace, workspaceQueryOptions } from '../api/get-workspace';
import { WaitingWork } from '../components/waiting-work';

const ROLE_NAMES: Record<string, string> = {
  PANEL_MEMBER: 'panel member',
  CLERK: 'clerk',
  OPCC_OFFICER: 'OPCC officer',
  OPCC_APPROVER: 'OPCC approver',
  ADMIN: 'administrator',
};

export const clientLoader = (queryClient: QueryClient) => async () => {
  // The parent route has made sure someone is signed in; their counts come with the page.
  await queryClient.prefetchQuery(workspaceQueryOptions());
  return null;
};

function Task({ href, title, description }: { href: string; title: string; description: string }) {
  return (
    <li className="govuk-!-margin-bottom-4">
      <Link className="govuk-link govuk-!-font-weight-bold" to={href}>
        {title}
      </Link>
      <p className="govuk-body govuk-!-margin-bottom-0">{description}</p>
    </li>
  );
}

export default function Dashboard() {
  const me = useMe();
  const workspace = useWorkspace();
  const user = me.data;
  if (!user) return <Loading what="your workspace" />;
  const roles = user.roles.map((role) => ROLE_NAMES[role] ?? role);
  const tasks = [
    userCan(user, 'meeting:write') && {
      href: paths.workspace.meetings.href(),
      title: 'Meetings, agendas, recommendations and minutes',
      description: 'Create meetings, add agenda items, record the panel’s recommendations and publish the minutes.',
    },
    userCan(user, 'meeting:write') && {
      href: paths.workspace.procedures.href(),
      title: 'Statutory procedures',
      description: 'The precept, confirmation hearings, the plan review and the annual report: record each step against its deadline.',
    },
    userCan(user, 'response:draft') && {
      href: paths.workspace.responses.href(),
      title: 'Recommendations awaiting a response',
      description: 'Draft the commissioner’s responses and submit them for review.',
    },
    userCan(user, 'response:approve') && {
      href: paths.workspace.review.href(),
      title: 'Responses to review',
      description: 'Approve, return or publish responses.',
    },
    userCan(user, 'letter:write') && {
      href: paths.workspace.letters.href(),
      title: 'Response letters',
      description: 'Assemble approved responses into a letter to the panel and publish it.',
    },
    userCan(user, 'plan:import') && {
      href: paths.workspace.documents.href(),
      title: 'Plans and reports',
      description:
        'Import a new version of the plan, review how its paragraphs follow the last one, link each change to the response that caused it, and publish.',
    },
    userCan(user, 'members:manage') && {
      href: paths.workspace.members.href(),
      title: 'Members of the panel',
      description: 'Record each member’s term, office and voting rights: votes and vetoes count the members on the day.',
    },
    userCan(user, 'users:manage') && { href: paths.workspace.users.href(), title: 'Users and roles', description: 'Add people and choose what they can do.' },
  ].filter((task): task is { href: string; title: string; description: string } => Boolean(task));

  return (
    <>
      <PageHeading caption={user.name}>Your workspace</PageHeading>
      <p className="govuk-body">You are signed in as {roles.length ? roles.join(', ') : 'a reader'}.</p>
      {workspace.data ? (
        workspace.data.panels.map((panel) => (
          <section key={panel.panel.slug} aria-labelledby={`waiting-${panel.panel.slug}`} className="govuk-!-margin-bottom-6">
            <h2 className="govuk-heading-m" id={`waiting-${panel.panel.slug}`}>
              Waiting for you{workspace.data.panels.length > 1 ? `: ${panel.panel.name}` : ''}
            </h2>
            <WaitingWork workspace={panel} />
          </section>
        ))
      ) : (
        <QueryFallback query={workspace} what="your waiting work" />
      )}
      <h2 className="govuk-heading-m">Your work</h2>
      {tasks.length ? (
        <ul className="govuk-list">
          {tasks.map((task) => (
            <Task key={task.href} {...task} />
          ))}
        </ul>
      ) : (
        <p className="govuk-body">
          Your role lets you read everything published.{' '}
          <Link className="govuk-link" to={paths.search.href()}>
            Search the record
          </Link>
          .
        </p>
      )}
    </>
  );
}
