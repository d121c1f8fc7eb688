import { Injectable } from '@nestjs/common';
import type { DeadlinesQuery, Panel, PanelDeadline, PanelSummary } from '@psp/contracts';
import { addDays, preceptTimetable, STATUTORY_PRECEPT_RULES, type DeadlineRuleInput } from '@psp/domain';
import { notFound } from '../common/problem';
import { mapDeadline, mapPanel, mapPanelSummary } from './panels.mapper';
import { PanelsRepository, type PanelRow } from './panels.repository';

/**
 * How long a panel found by its address is reused by this process. Every panel route turns the
 * slug into the panel first, and almost all of them use only its id, which never changes. The
 * other fields are configuration set in the database, not through this API (no route writes a
 * panel): a change to them reaches each replica's reads within this time. Writes that use them
 * (`responseDueDays` for a new recommendation's due date) and the summary, which shows them,
 * read the panel afresh.
 */
const PANEL_TTL_MS = 30_000;

@Injectable()
export class PanelsService {
  /** Only panels that exist: a 404 is asked again, so a panel created meanwhile is found at once. */
  private readonly bySlug = new Map<string, { panel: PanelRow; expiresAt: number }>();

  constructor(private readonly panels: PanelsRepository) {}

  async list(): Promise<Panel[]> {
    return (await this.panels.findAll()).map(mapPanel);
  }

  /** Counts come from the derived status, which only published responses move: the same for every caller. */
  async summary(slug: string): Promise<PanelSummary> {
    // Fresh: the answer shows the panel's fields, and a public answer must be current as soon as
    // anything is written, even straight into the database (common/http-cache.ts).
    const panel = await this.panelBySlug(slug, { fresh: true });
    const [byStatus, byImplementation] = await Promise.all([
      this.panels.countRecommendationsByStatus(panel.id, new Date()),
      this.panels.countImplementationStates(panel.id),
    ]);
    return mapPanelSummary(panel, byStatus, byImplementation);
  }

  /** The precept timetable from the panel's rules (the statutory ones when it has none). By
   *  default the year whose timetable is still running or next to come. */
  async deadlines(slug: string, query: DeadlinesQuery): Promise<PanelDeadline[]> {
    const panel = await this.panelBySlug(slug);
    const now = new Date();
    const stored = await this.panels.deadlineRules(panel.id);
    const rules = stored.length ? stored : STATUTORY_PRECEPT_RULES;
    const year = query.year ?? this.currentTimetableYear(rules, now);
    return preceptTimetable(year, rules).map((deadline) => mapDeadline(deadline, now));
  }

  /** For the statutory procedures: the panel's precept rules (the statutory ones when it has none) and the year whose timetable runs now or comes next. */
  async preceptRules(panelId: string, now = new Date()): Promise<{ rules: DeadlineRuleInput[]; currentYear: number }> {
    const stored = await this.panels.deadlineRules(panelId);
    const rules = stored.length ? stored : [...STATUTORY_PRECEPT_RULES];
    return { rules, currentYear: this.currentTimetableYear(rules, now) };
  }

  /**
   * For other features: the panel at this address, or 404. A write that uses the panel's
   * settings asks for `fresh`, so it never acts on a setting changed within the TTL.
   */
  async panelBySlug(slug: string, options: { fresh?: boolean } = {}): Promise<PanelRow> {
    const cached = options.fresh ? undefined : this.bySlug.get(slug);
    if (cached && cached.expiresAt > Date.now()) return cached.panel;
    const panel = await this.panels.findBySlug(slug);
    if (!panel) {
      this.bySlug.delete(slug);
      throw notFound('Panel');
    }
    return this.remember(panel);
  }

  async panelById(id: string): Promise<PanelRow> {
    const panel = await this.panels.findById(id);
    if (!panel) throw notFound('Panel');
    return panel;
  }

  /** Frozen: the row is shared by every request that reads it from the cache. */
  private remember(row: PanelRow): PanelRow {
    const panel = Object.freeze({ ...row });
    this.bySlug.set(panel.slug, { panel, expiresAt: Date.now() + PANEL_TTL_MS });
    return panel;
  }

  private currentTimetableYear(rules: Parameters<typeof preceptTimetable>[1], now: Date): number {
    const thisYear = now.getUTCFullYear();
    const last = preceptTimetable(thisYear, rules).at(-1);
    return last && addDays(last.date, 1).getTime() <= now.getTime() ? thisYear + 1 : thisYear;
  }
}
