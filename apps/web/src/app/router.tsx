// The route table. Every page is its own chunk (react-router `lazy`), so a public page loads the
// template plus its own code and nothing of the staff workspaces. Each route module exports its
// component as default and, when it needs data, `clientLoader(queryClient)`, whose loader warms
// the TanStack Query cache with ensureQueryData before the page renders.
import type { ComponentType } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import { createBrowserRouter, type HydrationState, type LoaderFunction, type RouteObject } from 'react-router';
import { paths } from '@/config/paths';
import { requireUser } from '@/lib/authorization';
import { panelsQueryOptions } from '@/lib/api/get-panels';
import { AppLayout, PageChrome } from './layout';
import { RootError, RouteError } from './route-error';
import { Loading } from '@/components/feedback';

export interface RouteModule {
  default: ComponentType;
  clientLoader?: (queryClient: QueryClient) => LoaderFunction;
}

function lazyPage(queryClient: QueryClient, load: () => Promise<RouteModule>): RouteObject['lazy'] {
  return async () => {
    const module = await load();
    return module.clientLoader ? { Component: module.default, loader: module.clientLoader(queryClient) } : { Component: module.default };
  };
}

/** Only the path after the parent's: react-router nests child paths under /workspace. */
const within = (parent: string, path: string) => path.slice(parent.length + 1);

export function createRoutes(queryClient: QueryClient): RouteObject[] {
  const page = (load: () => Promise<RouteModule>) => lazyPage(queryClient, load);
  const ws = paths.workspace;
  return [
    {
      id: 'root',
      Component: AppLayout,
      // The navigation names the current panel on every page, so the panels are there before it renders.
      loader: async () => {
        // Not fatal: the pages themselves say what failed.
        await queryClient.ensureQueryData(panelsQueryOptions()).catch(() => undefined);
        return null;
      },
      ErrorBoundary: RootError,
      // Shown while the first page's code and data load: the page template, so nothing jumps.
      HydrateFallback: () => (
        <PageChrome>
          <Loading />
        </PageChrome>
      ),
      children: [
        {
          ErrorBoundary: RouteError,
          children: [
            { index: true, lazy: page(() => import('./routes/root')) },
            { path: paths.panel.path, lazy: page(() => import('@/features/panels/routes/panel-home')) },
            { path: paths.tracker.path, lazy: page(() => import('@/features/recommendations/routes/tracker')) },
            { path: paths.recommendation.path, lazy: page(() => import('@/features/recommendations/routes/recommendation')) },
            { path: paths.meetings.path, lazy: page(() => import('@/features/meetings/routes/meetings')) },
            { path: paths.meeting.path, lazy: page(() => import('@/features/meetings/routes/meeting')) },
            { path: paths.members.path, lazy: page(() => import('@/features/panels/routes/members')) },
            { path: paths.letters.path, lazy: page(() => import('@/features/letters/routes/letters')) },
            { path: paths.letter.path, lazy: page(() => import('@/features/letters/routes/letter')) },
            { path: paths.documentVersion.path, lazy: page(() => import('@/features/documents/routes/document-version')) },
            { path: paths.documentChanges.path, lazy: page(() => import('@/features/documents/routes/document-changes')) },
            { path: paths.provision.path, lazy: page(() => import('@/features/documents/routes/provision')) },
            { path: paths.search.path, lazy: page(() => import('@/features/search/routes/search')) },
            { path: paths.accessibility.path, lazy: page(() => import('@/features/about/routes/accessibility')) },
            { path: paths.privacy.path, lazy: page(() => import('@/features/about/routes/privacy')) },
            { path: paths.cookies.path, lazy: page(() => import('@/features/about/routes/cookies')) },
            { path: paths.signIn.path, lazy: page(() => import('@/features/auth/routes/sign-in')) },
            { path: paths.signedOut.path, lazy: page(() => import('@/features/auth/routes/signed-out')) },
            {
              path: ws.home.path,
              // Every staff page first checks who is signed in (and each page checks its permission).
              loader: async ({ request }) => {
                await requireUser(queryClient, request);
                return null;
              },
              children: [
                { index: true, lazy: page(() => import('@/features/workspace/routes/dashboard')) },
                { path: within(ws.home.path, ws.meetings.path), lazy: page(() => import('@/features/clerk/routes/meetings')) },
                { path: within(ws.home.path, ws.newMeeting.path), lazy: page(() => import('@/features/clerk/routes/new-meeting')) },
                { path: within(ws.home.path, ws.meeting.path), lazy: page(() => import('@/features/clerk/routes/meeting')) },
                { path: within(ws.home.path, ws.editMeeting.path), lazy: page(() => import('@/features/clerk/routes/edit-meeting')) },
                { path: within(ws.home.path, ws.newRecommendation.path), lazy: page(() => import('@/features/clerk/routes/new-recommendation')) },
                { path: within(ws.home.path, ws.minutes.path), lazy: page(() => import('@/features/clerk/routes/minutes')) },
                {
                  path: within(ws.home.path, ws.correctRecommendation.path),
                  lazy: page(() => import('@/features/clerk/routes/correct-recommendation')),
                },
                { path: within(ws.home.path, ws.publishMinutes.path), lazy: page(() => import('@/features/clerk/routes/publish-minutes')) },
                { path: within(ws.home.path, ws.responses.path), lazy: page(() => import('@/features/responses/routes/queue')) },
                { path: within(ws.home.path, ws.respond.path), lazy: page(() => import('@/features/responses/routes/respond')) },
                { path: within(ws.home.path, ws.review.path), lazy: page(() => import('@/features/responses/routes/review')) },
                { path: within(ws.home.path, ws.letters.path), lazy: page(() => import('@/features/letters/routes/staff-letters')) },
                { path: within(ws.home.path, ws.newLetter.path), lazy: page(() => import('@/features/letters/routes/new-letter')) },
                { path: within(ws.home.path, ws.editLetter.path), lazy: page(() => import('@/features/letters/routes/edit-letter')) },
                { path: within(ws.home.path, ws.deleteLetter.path), lazy: page(() => import('@/features/letters/routes/delete-letter')) },
                { path: within(ws.home.path, ws.publishLetter.path), lazy: page(() => import('@/features/letters/routes/publish-letter')) },
                { path: within(ws.home.path, ws.markCommitment.path), lazy: page(() => import('@/features/recommendations/routes/mark-commitment')) },
                { path: within(ws.home.path, ws.fulfilCommitment.path), lazy: page(() => import('@/features/recommendations/routes/fulfil-commitment')) },
                { path: within(ws.home.path, ws.recordProgress.path), lazy: page(() => import('@/features/recommendations/routes/record-progress')) },
                { path: within(ws.home.path, ws.recordVerdict.path), lazy: page(() => import('@/features/recommendations/routes/record-verdict')) },
                { path: within(ws.home.path, ws.attendance.path), lazy: page(() => import('@/features/clerk/routes/attendance')) },
                { path: within(ws.home.path, ws.procedures.path), lazy: page(() => import('@/features/clerk/routes/procedures')) },
                { path: within(ws.home.path, ws.members.path), lazy: page(() => import('@/features/clerk/routes/members')) },
                { path: within(ws.home.path, ws.recordDecision.path), lazy: page(() => import('@/features/clerk/routes/record-decision')) },
                { path: within(ws.home.path, ws.documents.path), lazy: page(() => import('@/features/documents/routes/staff-documents')) },
                { path: within(ws.home.path, ws.importVersion.path), lazy: page(() => import('@/features/documents/routes/import-version')) },
                { path: within(ws.home.path, ws.reviewVersion.path), lazy: page(() => import('@/features/documents/routes/review-version')) },
                { path: within(ws.home.path, ws.publishVersion.path), lazy: page(() => import('@/features/documents/routes/publish-version')) },
                { path: within(ws.home.path, ws.users.path), lazy: page(() => import('@/features/admin/routes/users')) },
                { path: within(ws.home.path, ws.newUser.path), lazy: page(() => import('@/features/admin/routes/new-user')) },
                { path: within(ws.home.path, ws.user.path), lazy: page(() => import('@/features/admin/routes/user')) },
              ],
            },
            { path: '*', lazy: page(() => import('./routes/not-found')) },
          ],
        },
      ],
    },
  ];
}

export function createAppRouter(queryClient: QueryClient, options: { routes?: RouteObject[]; hydrationData?: HydrationState } = {}) {
  return createBrowserRouter(options.routes ?? createRoutes(queryClient), { hydrationData: options.hydrationData });
}
