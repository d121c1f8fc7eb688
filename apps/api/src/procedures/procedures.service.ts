import { Injectable } from '@nestjs/common';
import type { FieldError, ProcedureView, RecordStepInput, StartProcedureInput } from '@psp/contracts';
import { londonDay, preceptSteps, procedureSteps, STATUTORY_STEPS, stepState, type ProcedureKind, type StepOverride, type StepRule } from '@psp/domain';
import { AuditRepository } from '../common/audit.repository';
import { badRequest, conflict, notFound, staleVersion } from '../common/problem';
import { requirePanelPermission, type Caller } from '../auth/principal';
import { PanelsService } from '../panels/panels.service';
import { ProceduresRepository, type ProcedureRow } from './procedures.repository';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const dayAsDate = (day: string) => new Date(`${day}T00:00:00Z`);

const PRECEPT_TITLE = (year: number) => `Precept ${year}/${String((year + 1) % 100).padStart(2, '0')}`;

/** The panel's statutory procedures: steps with computed deadlines, public to read, recorded by the clerk. */
@Injectable()
export class ProceduresService {
  constructor(
    private readonly procedures: ProceduresRepository,
    private readonly panels: PanelsService,
    private readonly audit: AuditRepository,
  ) {}

  /** The precept of `year` (default: the one running or next) and every other procedure, each with its steps on `today`. */
  async list(slug: string, query: { year?: number }, now = new Date()): Promise<ProcedureView[]> {
    const panel = await this.panels.panelBySlug(slug);
    return this.forPanel(panel.id, query.year, now);
  }

  async forPanel(panelId: string, year: number | undefined, now = new Date()): Promise<ProcedureView[]> {
    const [{ rules, currentYear }, stored, overrides] = await Promise.all([
      this.panels.preceptRules(panelId, now),
      this.procedures.list(panelId),
      this.procedures.overrides(panelId),
    ]);
    const preceptYear = year ?? currentYear;
    const precept = stored.find((p) => p.kind === 'PRECEPT' && p.year === preceptYear);
    const others = stored.filter((p) => p.kind !== 'PRECEPT');
    const rows: Array<ProcedureRow | { virtualPreceptYear: number }> = [precept ?? { virtualPreceptYear: preceptYear }, ...others];
    const linked = await this.procedures.linked(
      stored.flatMap((p) => p.steps.flatMap((s) => (s.meetingId ? [s.meetingId] : []))),
      stored.flatMap((p) => p.steps.flatMap((s) => (s.paperVersionId ? [s.paperVersionId] : []))),
    );
    const today = londonDay(now);
    const rulesOf = (kind: ProcedureKind): readonly StepRule[] => (kind === 'PRECEPT' ? preceptSteps(rules) : STATUTORY_STEPS[kind]);
    const overridesOf = (kind: ProcedureKind): StepOverride[] => overrides.filter((o) => o.kind === kind);

    return rows.map((row): ProcedureView => {
      if ('virtualPreceptYear' in row) {
        const steps = procedureSteps(rulesOf('PRECEPT'), { year: row.virtualPreceptYear, startedOn: null }, false);
        return {
          id: null,
          kind: 'PRECEPT',
          title: PRECEPT_TITLE(row.virtualPreceptYear),
          year: row.virtualPreceptYear,
          startedOn: null,
          vetoed: false,
          version: 0,
          steps: steps.map((step) => ({
            ...step,
            state: stepState(step, null, today),
            doneOn: null,
            meeting: null,
            paper: null,
            decisionId: null,
            note: null,
          })),
        };
      }
      const startedOn = row.startedOn ? dayOf(row.startedOn) : null;
      const steps = procedureSteps(rulesOf(row.kind), { year: row.year, startedOn }, row.vetoed, overridesOf(row.kind));
      return {
        id: row.id,
        kind: row.kind,
        title: row.title,
        year: row.year,
        startedOn,
        vetoed: row.vetoed,
        version: row.version,
        steps: steps.map(({ applies, ...step }) => {
          const done = row.steps.find((s) => s.code === step.code);
          const doneOn = done ? dayOf(done.doneOn) : null;
          const meeting = done?.meetingId ? linked.meetings.find((m) => m.id === done.meetingId) : undefined;
          const paper = done?.paperVersionId ? linked.versions.find((v) => v.id === done.paperVersionId) : undefined;
          return {
            ...step,
            state: stepState({ dueOn: step.dueOn, applies }, doneOn, today),
            doneOn,
            meeting: meeting ? { id: meeting.id, title: meeting.title } : null,
            paper: paper ? { versionId: paper.id, label: paper.label, title: paper.document.title } : null,
            decisionId: done?.decisionId ?? null,
            note: done?.note ?? null,
          };
        }),
      };
    });
  }

  async start(caller: Caller, slug: string, input: StartProcedureInput): Promise<ProcedureView> {
    const panel = await this.panels.panelBySlug(slug);
    const clerk = requirePanelPermission(caller, panel.id, 'meeting:write');
    const year = input.kind === 'PRECEPT' ? (input.year ?? null) : null;
    const created = await this.procedures.transaction(async (tx) => {
      if (year !== null && (await this.procedures.preceptOf(panel.id, year, tx))) {
        throw conflict(`The precept of ${year} is already being tracked.`, 'procedure-exists');
      }
      const row = await this.procedures.create(tx, {
        panelId: panel.id,
        kind: input.kind,
        title: input.title,
        year,
        startedOn: input.kind === 'PRECEPT' || !input.startedOn ? null : dayAsDate(input.startedOn),
        createdById: clerk.userId,
      });
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: panel.id,
        action: 'procedure.started',
        entityType: 'Procedure',
        entityId: row.id,
        after: { kind: row.kind, title: row.title, year: row.year, startedOn: row.startedOn ? dayOf(row.startedOn) : null },
      });
      return row;
    });
    return this.viewOf(panel.id, created.id, year ?? undefined);
  }

  async recordStep(caller: Caller, id: string, code: string, input: RecordStepInput): Promise<ProcedureView> {
    const procedure = await this.procedures.find(id);
    if (!procedure) throw notFound('That procedure');
    const clerk = requirePanelPermission(caller, procedure.panelId, 'meeting:write');
    const { rules } = await this.panels.preceptRules(procedure.panelId);
    const known = (procedure.kind === 'PRECEPT' ? preceptSteps(rules) : STATUTORY_STEPS[procedure.kind]).some((rule) => rule.code === code);
    if (!known) throw notFound('That step');
    if (procedure.steps.some((s) => s.code === code)) throw conflict('That step is already recorded as done.', 'step-done');
    const links = await this.procedures.links(procedure.panelId, input);
    const errors: FieldError[] = [];
    if (input.meetingId && !links.meeting) errors.push({ path: 'meetingId', message: 'No such meeting of this panel' });
    if (input.paperVersionId && !links.paper) errors.push({ path: 'paperVersionId', message: 'No such published paper of this panel' });
    if (input.decisionId && !links.decision) errors.push({ path: 'decisionId', message: "No such decision at this panel's meetings" });
    if (errors.length) throw badRequest('Some links do not fit this panel.', errors);

    await this.procedures.transaction(async (tx) => {
      const recorded = await this.procedures.recordStep(
        tx,
        id,
        input.version,
        {
          code,
          doneOn: dayAsDate(input.doneOn),
          meetingId: input.meetingId ?? null,
          paperVersionId: input.paperVersionId ?? null,
          decisionId: input.decisionId ?? null,
          note: input.note || null,
          createdById: clerk.userId,
        },
        input.vetoed,
      );
      if (!recorded) throw staleVersion();
      await this.audit.record(tx, {
        actorId: clerk.userId,
        panelId: procedure.panelId,
        action: 'procedure.stepRecorded',
        entityType: 'Procedure',
        entityId: id,
        before: { version: input.version },
        after: {
          code,
          doneOn: input.doneOn,
          meetingId: input.meetingId ?? null,
          paperVersionId: input.paperVersionId ?? null,
          decisionId: input.decisionId ?? null,
          vetoed: input.vetoed ?? false,
        },
      });
    });
    return this.viewOf(procedure.panelId, id, procedure.year ?? undefined);
  }

  private async viewOf(panelId: string, id: string, year: number | undefined): Promise<ProcedureView> {
    const view = (await this.forPanel(panelId, year)).find((p) => p.id === id);
    if (!view) throw notFound('That procedure');
    return view;
  }
}
