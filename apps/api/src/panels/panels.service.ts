import { Injectable } from '@nestjs/common';
import type { DeadlinesQuery, Panel, PanelDeadline, PanelSummary } from '@psp/contracts';
import { addDays, preceptTimetable, STATUTORY_PRECEPT_RULES } from '@psp/domain';
import { notFound } from '../common/problem';
import { mapDeadline, mapPanel, mapPanelSummary } from './panels.mapper';
import { PanelsRepository, type PanelRow } from './panels.repository';

@Injectable()
export class PanelsService {
  constructor(private readonly panels: PanelsRepository) {}

  async list(): Promise<Panel[]> {
    return (await this.panels.findAll()).map(mapPanel);
  }

  /** Counts come from the derived status, which only published responses move: the same for every caller. */
  async summary(slug: string): Promise<PanelSummary> {
    const panel = await this.panelBySlug(slug);
    return mapPanelSummary(panel, await this.panels.countRecommendationsByStatus(panel.id, new Date()));
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

  /** For other features: the panel at this address, or 404. */
  async panelBySlug(slug: string): Promise<PanelRow> {
    const panel = await this.panels.findBySlug(slug);
    if (!panel) throw notFound('Panel');
    return panel;
  }

  async panelById(id: string): Promise<PanelRow> {
    const panel = await this.panels.findById(id);
    if (!panel) throw notFound('Panel');
    return panel;
  }

  private currentTimetableYear(rules: Parameters<typeof preceptTimetable>[1], now: Date): number {
    const thisYear = now.getUTCFullYear();
    const last = preceptTimetable(thisYear, rules).at(-1);
    return last && addDays(last.date, 1).getTime() <= now.getTime() ? thisYear + 1 : thisYear;
  }
}
