import { Injectable } from '@nestjs/common';
import type { PanelWorkspace, WorkspaceSummary } from '@psp/contracts';
import { can } from '@psp/domain';
import { requireSignedIn, rolesOn, type Caller } from '../auth/principal';
import { ProceduresService } from '../procedures/procedures.service';
import { WorkspaceRepository } from './workspace.repository';

/** The work waiting for the signed-in person, panel by panel, by the roles they hold there. */
@Injectable()
export class WorkspaceService {
  constructor(
    private readonly workspace: WorkspaceRepository,
    private readonly procedures: ProceduresService,
  ) {}

  private async clerk(panelId: string, now: Date) {
    const [counts, procedures] = await Promise.all([this.workspace.clerk(panelId, now), this.procedures.forPanel(panelId, undefined, now)]);
    const due = procedures.flatMap((p) => p.steps).filter((step) => step.state === 'due-soon' || step.state === 'overdue').length;
    return { ...counts, procedureStepsDue: due };
  }

  async summary(caller: Caller): Promise<WorkspaceSummary> {
    const principal = requireSignedIn(caller);
    const now = new Date();
    const panelIds = [...new Set(principal.memberships.map((m) => m.panelId))];
    // A councillor's "since my last visit" counts from the visit before this one.
    const lastVisit = principal.memberships.some((m) => m.role === 'PANEL_MEMBER') ? await this.workspace.visit(principal.userId, now) : null;
    const panels = await this.workspace.panels(panelIds);
    return {
      panels: await Promise.all(
        panels.map(async (panel): Promise<PanelWorkspace> => {
          const roles = rolesOn(caller, panel.id);
          const [clerk, officer, approver, councillor, peopleWithoutRole] = await Promise.all([
            can(roles, 'meeting:write') ? this.clerk(panel.id, now) : null,
            can(roles, 'response:draft') ? this.workspace.officer(panel.id, now) : null,
            can(roles, 'response:approve') ? this.workspace.approver(panel.id) : null,
            roles.includes('PANEL_MEMBER') ? this.workspace.councillor(panel.id, now, lastVisit) : null,
            can(roles, 'users:manage') ? this.workspace.peopleWithoutRole(panel.id) : null,
          ]);
          return {
            panel: { slug: panel.slug, name: panel.name },
            ...(clerk
              ? { clerk: { ...clerk, nextMeeting: clerk.nextMeeting && { ...clerk.nextMeeting, startsAt: clerk.nextMeeting.startsAt.toISOString() } } }
              : {}),
            ...(officer ? { officer } : {}),
            ...(approver ? { approver } : {}),
            ...(councillor
              ? {
                  councillor: {
                    waiting: councillor.waiting,
                    overdue: councillor.overdue,
                    answeredSinceLastVisit: councillor.answered,
                    lastVisitAt: lastVisit ? lastVisit.toISOString() : null,
                  },
                }
              : {}),
            ...(peopleWithoutRole !== null ? { admin: { peopleWithoutRole } } : {}),
          };
        }),
      ),
    };
  }
}
