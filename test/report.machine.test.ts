import {
  allowedEvents,
  decide,
  eventsAcceptedIn,
  ReportFacts,
  ReportStatus,
} from '../workflows/report.machine';

const commune: ReportFacts = {
  actorIsEditor: true,
  actorIsReviewer: false,
  isTopOfChain: false,
  errorCount: 0,
  warningCount: 0,
  childrenExpected: 0,
  childrenApproved: 0,
  parentLocked: false,
};
const reviewer: ReportFacts = { ...commune, actorIsEditor: false, actorIsReviewer: true };

describe('report workflow machine', () => {
  it('accepts only the events each stored state knows', () => {
    expect(eventsAcceptedIn(ReportStatus.DRAFT).sort()).toEqual(['SAVE', 'SUBMIT']);
    expect(eventsAcceptedIn(ReportStatus.RETURNED).sort()).toEqual(['SAVE', 'SUBMIT']);
    expect(eventsAcceptedIn(ReportStatus.SUBMITTED).sort()).toEqual(['APPROVE', 'RETURN']);
    expect(eventsAcceptedIn(ReportStatus.APPROVED)).toEqual(['UNAPPROVE']);
    expect(eventsAcceptedIn(ReportStatus.FINALIZED)).toEqual([]);
    expect(decide(ReportStatus.SUBMITTED, commune, { type: 'SAVE' })).toEqual({ allowed: false, reason: 'NOT_IN_THIS_STATE' });
  });

  it('submits a clean draft and asks for the submission to be stamped', () => {
    expect(decide(ReportStatus.DRAFT, commune, { type: 'SUBMIT' })).toEqual({ allowed: true, to: ReportStatus.SUBMITTED, effects: ['stampSubmission'] });
    expect(decide(ReportStatus.RETURNED, commune, { type: 'SUBMIT' })).toMatchObject({ allowed: true, to: ReportStatus.SUBMITTED });
  });

  it('names the first unmet requirement of a refused submission', () => {
    expect(decide(ReportStatus.DRAFT, { ...commune, actorIsEditor: false }, { type: 'SUBMIT' })).toEqual({ allowed: false, reason: 'GUARD', failedGuard: 'isEditor' });
    expect(decide(ReportStatus.DRAFT, { ...commune, errorCount: 2 }, { type: 'SUBMIT', note: 'giải trình' })).toMatchObject({ failedGuard: 'hasNoErrors' });
    expect(decide(ReportStatus.DRAFT, { ...commune, warningCount: 1 }, { type: 'SUBMIT' })).toMatchObject({ failedGuard: 'warningsExplained' });
    expect(decide(ReportStatus.DRAFT, { ...commune, warningCount: 1 }, { type: 'SUBMIT', note: '   ' })).toMatchObject({ failedGuard: 'warningsExplained' });
    expect(decide(ReportStatus.DRAFT, { ...commune, warningCount: 1 }, { type: 'SUBMIT', note: 'Dân số năm 2020 theo điều tra cũ.' })).toMatchObject({ allowed: true });
  });

  it('lets a parent submit with missing children only with allowIncomplete and a note', () => {
    const district = { ...commune, childrenExpected: 15, childrenApproved: 12 };
    expect(decide(ReportStatus.DRAFT, district, { type: 'SUBMIT' })).toMatchObject({ failedGuard: 'childrenComplete' });
    expect(decide(ReportStatus.DRAFT, district, { type: 'SUBMIT', allowIncomplete: true })).toMatchObject({ failedGuard: 'childrenComplete' });
    expect(decide(ReportStatus.DRAFT, district, { type: 'SUBMIT', allowIncomplete: true, note: '3 xã chưa gửi' })).toMatchObject({ allowed: true });
    expect(decide(ReportStatus.DRAFT, { ...district, childrenApproved: 15 }, { type: 'SUBMIT' })).toMatchObject({ allowed: true });
  });

  it('approves into APPROVED and re-consolidates the parent; the top of the chain is FINALIZED instead', () => {
    expect(decide(ReportStatus.SUBMITTED, reviewer, { type: 'APPROVE' })).toEqual({
      allowed: true,
      to: ReportStatus.APPROVED,
      effects: ['stampApproval', 'consolidateParent'],
    });
    expect(decide(ReportStatus.SUBMITTED, { ...reviewer, isTopOfChain: true }, { type: 'APPROVE' })).toEqual({
      allowed: true,
      to: ReportStatus.FINALIZED,
      effects: ['stampApproval'],
    });
    expect(decide(ReportStatus.SUBMITTED, commune, { type: 'APPROVE' })).toMatchObject({ failedGuard: 'isReviewer' });
  });

  it('returns only with a reason, and never once the parent has been sent up', () => {
    expect(decide(ReportStatus.SUBMITTED, reviewer, { type: 'RETURN' })).toMatchObject({ failedGuard: 'hasReason' });
    expect(decide(ReportStatus.SUBMITTED, reviewer, { type: 'RETURN', reason: 'Sai số liệu nhóm G5' })).toMatchObject({ allowed: true, to: ReportStatus.RETURNED });
    expect(decide(ReportStatus.SUBMITTED, { ...reviewer, parentLocked: true }, { type: 'RETURN', reason: 'x' })).toMatchObject({ failedGuard: 'parentOpen' });
    expect(decide(ReportStatus.SUBMITTED, { ...reviewer, parentLocked: true }, { type: 'APPROVE' })).toMatchObject({ failedGuard: 'parentOpen' });
  });

  it('unapproves with a reason back to SUBMITTED while the parent is open', () => {
    expect(decide(ReportStatus.APPROVED, reviewer, { type: 'UNAPPROVE', reason: 'Đối chiếu lại' })).toEqual({
      allowed: true,
      to: ReportStatus.SUBMITTED,
      effects: ['clearApproval', 'consolidateParent'],
    });
    expect(decide(ReportStatus.APPROVED, reviewer, { type: 'UNAPPROVE' })).toMatchObject({ failedGuard: 'hasReason' });
    expect(decide(ReportStatus.APPROVED, { ...reviewer, parentLocked: true }, { type: 'UNAPPROVE', reason: 'x' })).toMatchObject({ failedGuard: 'parentOpen' });
  });

  it('lists what an actor can do now', () => {
    expect(allowedEvents(ReportStatus.DRAFT, commune)).toEqual(['SAVE', 'SUBMIT']);
    expect(allowedEvents(ReportStatus.DRAFT, { ...commune, errorCount: 1 })).toEqual(['SAVE']);
    expect(allowedEvents(ReportStatus.SUBMITTED, commune)).toEqual([]);
    expect(allowedEvents(ReportStatus.SUBMITTED, reviewer)).toEqual(['APPROVE', 'RETURN']);
    expect(allowedEvents(ReportStatus.APPROVED, reviewer)).toEqual(['UNAPPROVE']);
    expect(allowedEvents(ReportStatus.FINALIZED, { ...reviewer, isTopOfChain: true })).toEqual([]);
  });
});
