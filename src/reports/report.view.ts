import { Actor, isEditorOf, isReviewerAt } from '../auth/actor';
import { CompiledTemplate, isTextCell, RuleResult, StoredValue } from '../templates/template.engine';
import { IndicatorDefinition } from '../templates/template.definition';
import { ChildCounts } from '../loaders';
import { ReportFacts, ReportState, ReportStatus } from '../../workflows/report.machine';
import { LatePolicy } from '../campaigns/campaign.entity';
import { CampaignFacts } from '../campaigns/campaign.facts';
import { Report } from './report.entity';
import { AdministrativeUnit } from '../units/unit.entity';

export type ValueSource = 'ENTERED' | 'DERIVED' | 'CONSOLIDATED' | 'ASSIGNED';

export interface ValidationIssue {
  rule: string;
  severity: 'ERROR' | 'WARNING';
  message: string;
  left: number | null;
  right: number | null;
}

/** Everything known about one report at one moment, from which facts, values and checks are read. */
export interface ReportView {
  report: Report;
  campaign: CampaignFacts;
  template: CompiledTemplate;
  /** Stored values, assigned targets, previous-year values (`prev:CODE`) and derived values. */
  values: Map<string, StoredValue>;
  counts: ChildCounts;
  parent: Report | null;
  /** The unit one step up the chain (whose approvers review this report); for the top, the unit itself. */
  reviewerUnitId: number | null;
  /** The report's unit, when the step that left this view had read it already (its answer shows it). */
  unit?: AdministrativeUnit;
}

/** A report that has children in its campaign consolidates their summed figures instead of entering them. */
export function isConsolidating(view: Pick<ReportView, 'counts'>): boolean {
  return view.counts.expected > 0;
}

const FROM_CHILDREN = new Set(['SUM', 'AVERAGE', 'MIN', 'MAX', 'COUNT']);

export function sourceOf(indicator: IndicatorDefinition, consolidating: boolean): ValueSource {
  if (consolidating && indicator.aggregation === 'COUNT') return 'CONSOLIDATED';
  if (indicator.kind === 'DERIVED') return 'DERIVED';
  if (indicator.kind === 'ASSIGNED') return 'ASSIGNED';
  if (consolidating && FROM_CHILDREN.has(indicator.aggregation)) return 'CONSOLIDATED';
  return 'ENTERED';
}

export function validate(view: ReportView): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const consolidating = isConsolidating(view);
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  for (const cell of view.template.cellsFor(view.report.level)) {
    if (!cell.required || sourceOf(cell, consolidating) !== 'ENTERED') continue;
    const value = view.values.get(cell.code);
    const empty = isTextCell(cell) ? !(value?.text ?? '').trim() : value?.num == null;
    if (empty) {
      const label = cell.columnLabel ? `${cell.label} (${cell.columnLabel})` : cell.label;
      errors.push({ rule: `REQUIRED:${cell.code}`, severity: 'ERROR', message: `Chưa nhập "${label}" (${cell.code}).`, left: null, right: null });
    }
  }
  for (const result of view.template.evaluateRules(view.values, view.report.level)) {
    if (result.passed) continue;
    const issue = toIssue(result);
    (issue.severity === 'ERROR' ? errors : warnings).push(issue);
  }
  return { errors, warnings };
}

function toIssue(result: RuleResult): ValidationIssue {
  return { rule: result.code, severity: result.rule.severity, message: result.message, left: result.left, right: result.right };
}

const LOCKING_PARENT_STATES = new Set([ReportStatus.SUBMITTED, ReportStatus.APPROVED, ReportStatus.FINALIZED]);

/** Under LOCK_AFTER_GRACE, submissions close when the deadline plus the grace hours has passed. */
export function submissionClosed(campaign: Pick<CampaignFacts, 'latePolicy' | 'graceHours'>, dueAt: Date, now: Date): boolean {
  return campaign.latePolicy === LatePolicy.LOCK_AFTER_GRACE && now.getTime() >= dueAt.getTime() + campaign.graceHours * 3600_000;
}

export function stateOf(report: Report): ReportState {
  return { status: report.status, timeliness: report.timeliness };
}

export function factsFor(actor: Actor, view: ReportView, now: Date): ReportFacts {
  const { errors, warnings } = validate(view);
  return {
    now: now.getTime(),
    dueAt: view.report.dueAt.getTime(),
    // The lock closes first sendings only: a report returned for correction can always be sent again.
    submissionClosed: view.report.firstSubmittedAt == null && submissionClosed(view.campaign, view.report.dueAt, now),
    actorIsEditor: isEditorOf(actor, view.report.unit.id),
    actorIsReviewer: isReviewerAt(actor, view.reviewerUnitId),
    isTopOfChain: view.parent == null,
    errorCount: errors.length,
    warningCount: warnings.length,
    childrenExpected: view.counts.expected,
    childrenApproved: view.counts.byStatus[ReportStatus.APPROVED] + view.counts.byStatus[ReportStatus.FINALIZED],
    parentLocked: view.parent != null && LOCKING_PARENT_STATES.has(view.parent.status),
  };
}

export function completenessText(counts: ChildCounts): string {
  const approved = counts.byStatus[ReportStatus.APPROVED] + counts.byStatus[ReportStatus.FINALIZED];
  return `${approved}/${counts.expected}`;
}
