import {
  allowedEvents,
  decide,
  decideByMachine,
  eventsAcceptedIn,
  ReportFacts,
  ReportStatus,
  ReportWorkflowEvent,
  Timeliness,
} from '../workflows/report.machine';
import { onPostgres } from './support/database';

const DUE = Date.parse('2019-04-19T17:00:00Z'); // "before 20/4/2019"

const commune: ReportFacts = {
  actorIsEditor: true,
  actorIsReviewer: false,
  isTopOfChain: false,
  errorCount: 0,
  warningCount: 0,
  childrenExpected: 0,
  childrenApproved: 0,
  parentLocked: false,
  now: DUE - 86_400_000,
  dueAt: DUE,
  submissionClosed: false,
};
/** A stored state; timeliness UPCOMING unless said otherwise. */
const st = (status: ReportStatus, timeliness: Timeliness = Timeliness.UPCOMING) => ({ status, timeliness });
const reviewer: ReportFacts = { ...commune, actorIsEditor: false, actorIsReviewer: true };

describe('report workflow machine', () => {
  it('accepts only the events each stored state knows', () => {
    expect(eventsAcceptedIn(ReportStatus.DRAFT).sort()).toEqual(['SAVE', 'SUBMIT']);
    expect(eventsAcceptedIn(ReportStatus.RETURNED).sort()).toEqual(['SAVE', 'SUBMIT']);
    expect(eventsAcceptedIn(ReportStatus.SUBMITTED).sort()).toEqual(['APPROVE', 'RETURN']);
    expect(eventsAcceptedIn(ReportStatus.APPROVED)).toEqual(['UNAPPROVE']);
    expect(eventsAcceptedIn(ReportStatus.FINALIZED)).toEqual([]);
    expect(decide(st(ReportStatus.SUBMITTED), commune, { type: 'SAVE' })).toEqual({ allowed: false, reason: 'NOT_IN_THIS_STATE' });
  });

  it('submits a clean draft and asks for the submission to be stamped', () => {
    expect(decide(st(ReportStatus.DRAFT), commune, { type: 'SUBMIT' })).toEqual({
      allowed: true,
      to: { status: ReportStatus.SUBMITTED, timeliness: Timeliness.ON_TIME },
      effects: ['stampSubmission'],
    });
    expect(decide(st(ReportStatus.RETURNED, Timeliness.ON_TIME), commune, { type: 'SUBMIT' })).toMatchObject({
      allowed: true,
      to: { status: ReportStatus.SUBMITTED, timeliness: Timeliness.ON_TIME },
    });
  });

  it('names the first unmet requirement of a refused submission', () => {
    expect(decide(st(ReportStatus.DRAFT), { ...commune, actorIsEditor: false }, { type: 'SUBMIT' })).toEqual({ allowed: false, reason: 'GUARD', failedGuard: 'isEditor' });
    expect(decide(st(ReportStatus.DRAFT), { ...commune, errorCount: 2 }, { type: 'SUBMIT', note: 'giải trình' })).toMatchObject({ failedGuard: 'hasNoErrors' });
    expect(decide(st(ReportStatus.DRAFT), { ...commune, warningCount: 1 }, { type: 'SUBMIT' })).toMatchObject({ failedGuard: 'warningsExplained' });
    expect(decide(st(ReportStatus.DRAFT), { ...commune, warningCount: 1 }, { type: 'SUBMIT', note: '   ' })).toMatchObject({ failedGuard: 'warningsExplained' });
    expect(decide(st(ReportStatus.DRAFT), { ...commune, warningCount: 1 }, { type: 'SUBMIT', note: 'Dân số năm 2020 theo điều tra cũ.' })).toMatchObject({ allowed: true });
  });

  it('lets a parent submit with missing children only with allowIncomplete and a note', () => {
    const district = { ...commune, childrenExpected: 15, childrenApproved: 12 };
    expect(decide(st(ReportStatus.DRAFT), district, { type: 'SUBMIT' })).toMatchObject({ failedGuard: 'childrenComplete' });
    expect(decide(st(ReportStatus.DRAFT), district, { type: 'SUBMIT', allowIncomplete: true })).toMatchObject({ failedGuard: 'childrenComplete' });
    expect(decide(st(ReportStatus.DRAFT), district, { type: 'SUBMIT', allowIncomplete: true, note: '3 xã chưa gửi' })).toMatchObject({ allowed: true });
    expect(decide(st(ReportStatus.DRAFT), { ...district, childrenApproved: 15 }, { type: 'SUBMIT' })).toMatchObject({ allowed: true });
  });

  it('approves into APPROVED and re-consolidates the parent; the top of the chain is FINALIZED instead', () => {
    expect(decide(st(ReportStatus.SUBMITTED), reviewer, { type: 'APPROVE' })).toEqual({
      allowed: true,
      to: { status: ReportStatus.APPROVED, timeliness: Timeliness.UPCOMING },
      effects: ['stampApproval', 'consolidateParent'],
    });
    expect(decide(st(ReportStatus.SUBMITTED), { ...reviewer, isTopOfChain: true }, { type: 'APPROVE' })).toEqual({
      allowed: true,
      to: { status: ReportStatus.FINALIZED, timeliness: Timeliness.UPCOMING },
      effects: ['stampApproval'],
    });
    expect(decide(st(ReportStatus.SUBMITTED), commune, { type: 'APPROVE' })).toMatchObject({ failedGuard: 'isReviewer' });
  });

  it('returns only with a reason, and never once the parent has been sent up', () => {
    expect(decide(st(ReportStatus.SUBMITTED), reviewer, { type: 'RETURN' })).toMatchObject({ failedGuard: 'hasReason' });
    expect(decide(st(ReportStatus.SUBMITTED), reviewer, { type: 'RETURN', reason: 'Sai số liệu nhóm G5' })).toMatchObject({ allowed: true, to: { status: ReportStatus.RETURNED }, effects: ['notifyReturn'] });
    expect(decide(st(ReportStatus.SUBMITTED), { ...reviewer, parentLocked: true }, { type: 'RETURN', reason: 'x' })).toMatchObject({ failedGuard: 'parentOpen' });
    expect(decide(st(ReportStatus.SUBMITTED), { ...reviewer, parentLocked: true }, { type: 'APPROVE' })).toMatchObject({ failedGuard: 'parentOpen' });
  });

  it('unapproves with a reason back to SUBMITTED while the parent is open', () => {
    expect(decide(st(ReportStatus.APPROVED), reviewer, { type: 'UNAPPROVE', reason: 'Đối chiếu lại' })).toEqual({
      allowed: true,
      to: { status: ReportStatus.SUBMITTED, timeliness: Timeliness.UPCOMING },
      effects: ['clearApproval', 'consolidateParent'],
    });
    expect(decide(st(ReportStatus.APPROVED), reviewer, { type: 'UNAPPROVE' })).toMatchObject({ failedGuard: 'hasReason' });
    expect(decide(st(ReportStatus.APPROVED), { ...reviewer, parentLocked: true }, { type: 'UNAPPROVE', reason: 'x' })).toMatchObject({ failedGuard: 'parentOpen' });
  });

  it('lists what an actor can do now', () => {
    expect(allowedEvents(st(ReportStatus.DRAFT), commune)).toEqual(['SAVE', 'SUBMIT']);
    expect(allowedEvents(st(ReportStatus.DRAFT), { ...commune, errorCount: 1 })).toEqual(['SAVE']);
    expect(allowedEvents(st(ReportStatus.SUBMITTED), commune)).toEqual([]);
    expect(allowedEvents(st(ReportStatus.SUBMITTED), reviewer)).toEqual(['APPROVE', 'RETURN']);
    expect(allowedEvents(st(ReportStatus.APPROVED), reviewer)).toEqual(['UNAPPROVE']);
    expect(allowedEvents(st(ReportStatus.FINALIZED), { ...reviewer, isTopOfChain: true })).toEqual([]);
  });

  describe('timeliness region', () => {
    const at = (offsetMs: number) => ({ ...commune, now: DUE + offsetMs });

    it('moves UPCOMING → DUE_SOON at the first reminder and reminds again while DUE_SOON', () => {
      expect(decide(st(ReportStatus.DRAFT), commune, { type: 'REMIND' })).toEqual({
        allowed: true,
        to: { status: ReportStatus.DRAFT, timeliness: Timeliness.DUE_SOON },
        effects: ['notifyReminder'],
      });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.DUE_SOON), commune, { type: 'REMIND' })).toMatchObject({ to: { timeliness: Timeliness.DUE_SOON }, effects: ['notifyReminder'] });
      expect(decide(st(ReportStatus.SUBMITTED, Timeliness.ON_TIME), commune, { type: 'REMIND' })).toEqual({ allowed: false, reason: 'NOT_IN_THIS_STATE' });
    });

    it('goes OVERDUE only once the deadline instant has come, never before', () => {
      expect(decide(st(ReportStatus.DRAFT, Timeliness.DUE_SOON), at(-1000), { type: 'DEADLINE_PASSED' })).toMatchObject({ allowed: false, failedGuard: 'deadlinePassed' });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.DUE_SOON), at(0), { type: 'DEADLINE_PASSED' })).toEqual({
        allowed: true,
        to: { status: ReportStatus.DRAFT, timeliness: Timeliness.OVERDUE },
        effects: ['notifyOverdue'],
      });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.OVERDUE), at(0), { type: 'DEADLINE_PASSED' })).toEqual({ allowed: false, reason: 'NOT_IN_THIS_STATE' });
    });

    it('judges the first submission: one second before the deadline is ON_TIME, at the deadline LATE', () => {
      expect(decide(st(ReportStatus.DRAFT, Timeliness.DUE_SOON), at(-1000), { type: 'SUBMIT' })).toMatchObject({ to: { status: ReportStatus.SUBMITTED, timeliness: Timeliness.ON_TIME } });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.DUE_SOON), at(0), { type: 'SUBMIT' })).toMatchObject({ to: { timeliness: Timeliness.LATE } });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.OVERDUE), at(5 * 86_400_000), { type: 'SUBMIT' })).toMatchObject({ to: { timeliness: Timeliness.LATE } });
      // a resubmission after a return keeps what the first submission earned
      expect(decide(st(ReportStatus.RETURNED, Timeliness.ON_TIME), at(86_400_000), { type: 'SUBMIT' })).toMatchObject({ to: { timeliness: Timeliness.ON_TIME } });
    });

    it('refuses a submission once a locking campaign has closed it, whatever else holds', () => {
      expect(decide(st(ReportStatus.DRAFT, Timeliness.OVERDUE), { ...at(3600_000), submissionClosed: true }, { type: 'SUBMIT' })).toMatchObject({ allowed: false, failedGuard: 'submissionOpen' });
    });

    it('an extension reopens an overdue report only when the new deadline is ahead', () => {
      expect(decide(st(ReportStatus.DRAFT, Timeliness.OVERDUE), { ...commune, now: DUE + 1000, dueAt: DUE + 7 * 86_400_000 }, { type: 'EXTEND' })).toEqual({
        allowed: true,
        to: { status: ReportStatus.DRAFT, timeliness: Timeliness.UPCOMING },
        effects: ['rescheduleReminders'],
      });
      expect(decide(st(ReportStatus.DRAFT, Timeliness.OVERDUE), { ...commune, now: DUE + 1000, dueAt: DUE }, { type: 'EXTEND' })).toMatchObject({ allowed: false });
      expect(decide(st(ReportStatus.SUBMITTED, Timeliness.LATE), commune, { type: 'EXTEND' })).toEqual({ allowed: false, reason: 'NOT_IN_THIS_STATE' });
    });
  });

  describe('remembered decisions', () => {
    const EVENTS: ReportWorkflowEvent[] = [
      { type: 'SAVE' },
      { type: 'SUBMIT' },
      { type: 'SUBMIT', note: 'Có giải thích', allowIncomplete: true },
      { type: 'APPROVE', comment: 'Đồng ý' },
      { type: 'RETURN', reason: null },
      { type: 'RETURN', reason: 'Thiếu số thẻ' },
      { type: 'UNAPPROVE', reason: 'Sai số liệu' },
      { type: 'REMIND' },
      { type: 'DEADLINE_PASSED' },
      { type: 'EXTEND' },
    ];
    const flags = (n: number, i: number) => ((n >> i) & 1) === 1;

    // No database in it: run once, in the SQLite pass of the suite.
    (onPostgres ? it.skip : it)('answer exactly what the machine answers, for every state, event and combination of facts', () => {
      let compared = 0;
      for (const status of Object.values(ReportStatus)) {
        for (const timeliness of Object.values(Timeliness)) {
          for (let n = 0; n < 1 << 10; n++) {
            const children = flags(n, 7) ? (flags(n, 8) ? [3, 3] : [3, 2]) : [0, 0];
            const facts: ReportFacts = {
              actorIsEditor: flags(n, 0),
              actorIsReviewer: flags(n, 1),
              isTopOfChain: flags(n, 2),
              parentLocked: flags(n, 3),
              submissionClosed: flags(n, 4),
              errorCount: flags(n, 5) ? 2 : 0,
              warningCount: flags(n, 6) ? 1 : 0,
              childrenExpected: children[0],
              childrenApproved: children[1],
              now: flags(n, 9) ? DUE + 1000 : DUE - 1000,
              dueAt: DUE,
            };
            for (const event of EVENTS) {
              expect(decide({ status, timeliness }, facts, event)).toEqual(decideByMachine({ status, timeliness }, facts, event));
              compared++;
            }
          }
        }
      }
      expect(compared).toBe(5 * 5 * 1024 * EVENTS.length);
    });

    it('are reused for facts that differ only where no guard looks, and cannot be changed by a caller', () => {
      const before = decide(st(ReportStatus.DRAFT), { ...commune, now: DUE - 5000 }, { type: 'SUBMIT' });
      const alsoBefore = decide(st(ReportStatus.DRAFT), { ...commune, now: DUE - 86_400_000 }, { type: 'SUBMIT' });
      expect(alsoBefore).toBe(before);
      // one millisecond past the deadline another guard holds: another answer (LATE), not the remembered one
      expect(decide(st(ReportStatus.DRAFT), { ...commune, now: DUE }, { type: 'SUBMIT' })).toMatchObject({ to: { timeliness: Timeliness.LATE } });
      expect(before).toMatchObject({ to: { timeliness: Timeliness.ON_TIME } });
      expect(Object.isFrozen(before)).toBe(true);
      expect(before.allowed && Object.isFrozen(before.effects)).toBe(true);
    });
  });
});
