import { and, setup, transition } from 'xstate';
import { registerEnumType } from 'type-graphql';

/**
 * The life of one report. The machine is never kept running: each request rebuilds the snapshot from the
 * stored status plus the facts of that moment (who acts, validation, children), asks whether the event is
 * allowed, and reads the next status and the named effects from a pure transition.
 */
export enum ReportStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  RETURNED = 'RETURNED',
  APPROVED = 'APPROVED',
  FINALIZED = 'FINALIZED',
}

registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Trạng thái báo cáo: nháp, đã nộp, bị trả lại, đã duyệt, đã hoàn tất (cấp cao nhất).',
});

/** What the request knows when it asks the machine. */
export interface ReportFacts {
  /** The actor may fill in and submit this unit's report (its reporter, or an approver of the unit itself). */
  actorIsEditor: boolean;
  /** The actor is an approver of the unit one step up the chain (of the unit itself for the top report). */
  actorIsReviewer: boolean;
  isTopOfChain: boolean;
  /** Failed error rules and missing required values. */
  errorCount: number;
  warningCount: number;
  childrenExpected: number;
  childrenApproved: number;
  /** The parent report has been sent up, so the children's approvals are frozen. */
  parentLocked: boolean;
}

export type ReportWorkflowEvent =
  | { type: 'SAVE' }
  | { type: 'SUBMIT'; note?: string | null; allowIncomplete?: boolean | null }
  | { type: 'APPROVE'; comment?: string | null }
  | { type: 'RETURN'; reason?: string | null }
  | { type: 'UNAPPROVE'; reason?: string | null };

export type ReportEventType = ReportWorkflowEvent['type'];

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

const guards = {
  isEditor: ({ context }: { context: ReportFacts }) => context.actorIsEditor,
  isReviewer: ({ context }: { context: ReportFacts }) => context.actorIsReviewer,
  isTopOfChain: ({ context }: { context: ReportFacts }) => context.isTopOfChain,
  hasNoErrors: ({ context }: { context: ReportFacts }) => context.errorCount === 0,
  warningsExplained: ({ context, event }: { context: ReportFacts; event: ReportWorkflowEvent }) =>
    context.warningCount === 0 || (event.type === 'SUBMIT' && filled(event.note)),
  childrenComplete: ({ context, event }: { context: ReportFacts; event: ReportWorkflowEvent }) =>
    context.childrenApproved >= context.childrenExpected ||
    (event.type === 'SUBMIT' && event.allowIncomplete === true && filled(event.note)),
  hasReason: ({ event }: { event: ReportWorkflowEvent }) =>
    (event.type === 'RETURN' || event.type === 'UNAPPROVE') && filled(event.reason),
  parentOpen: ({ context }: { context: ReportFacts }) => !context.parentLocked,
};

export type ReportGuard = keyof typeof guards;

/** What each event requires, in the order a refusal is explained. */
export const REQUIREMENTS: Record<ReportEventType, ReportGuard[]> = {
  SAVE: ['isEditor'],
  SUBMIT: ['isEditor', 'hasNoErrors', 'warningsExplained', 'childrenComplete'],
  APPROVE: ['isReviewer', 'parentOpen'],
  RETURN: ['isReviewer', 'hasReason', 'parentOpen'],
  UNAPPROVE: ['isReviewer', 'hasReason', 'parentOpen'],
};

/**
 * Effects a transition asks for. The report service carries them out inside the request's transaction;
 * here they only have names.
 */
export type ReportEffect = 'storeValues' | 'stampSubmission' | 'stampApproval' | 'clearApproval' | 'consolidateParent';
const effect = () => undefined;

export const reportMachine = setup({
  types: {
    context: {} as ReportFacts,
    input: {} as ReportFacts,
    events: {} as ReportWorkflowEvent,
  },
  guards,
  actions: {
    storeValues: effect,
    stampSubmission: effect,
    stampApproval: effect,
    clearApproval: effect,
    consolidateParent: effect,
  },
}).createMachine({
  id: 'report',
  initial: ReportStatus.DRAFT,
  context: ({ input }) => input,
  states: {
    [ReportStatus.DRAFT]: {
      on: {
        SAVE: { guard: and(REQUIREMENTS.SAVE), actions: 'storeValues' },
        SUBMIT: { guard: and(REQUIREMENTS.SUBMIT), target: ReportStatus.SUBMITTED, actions: 'stampSubmission' },
      },
    },
    [ReportStatus.RETURNED]: {
      on: {
        SAVE: { guard: and(REQUIREMENTS.SAVE), actions: 'storeValues' },
        SUBMIT: { guard: and(REQUIREMENTS.SUBMIT), target: ReportStatus.SUBMITTED, actions: 'stampSubmission' },
      },
    },
    [ReportStatus.SUBMITTED]: {
      on: {
        APPROVE: [
          {
            guard: and([...REQUIREMENTS.APPROVE, 'isTopOfChain']),
            target: ReportStatus.FINALIZED,
            actions: 'stampApproval',
          },
          {
            guard: and(REQUIREMENTS.APPROVE),
            target: ReportStatus.APPROVED,
            actions: ['stampApproval', 'consolidateParent'],
          },
        ],
        RETURN: { guard: and(REQUIREMENTS.RETURN), target: ReportStatus.RETURNED },
      },
    },
    [ReportStatus.APPROVED]: {
      on: {
        UNAPPROVE: {
          guard: and(REQUIREMENTS.UNAPPROVE),
          target: ReportStatus.SUBMITTED,
          actions: ['clearApproval', 'consolidateParent'],
        },
      },
    },
    [ReportStatus.FINALIZED]: { type: 'final' },
  },
});

export type Decision =
  | { allowed: true; to: ReportStatus; effects: ReportEffect[] }
  | { allowed: false; reason: 'NOT_IN_THIS_STATE' }
  | { allowed: false; reason: 'GUARD'; failedGuard: ReportGuard };

const EVENTS_BY_STATUS: Record<ReportStatus, ReportEventType[]> = Object.fromEntries(
  Object.values(ReportStatus).map((status) => [
    status,
    Object.keys(reportMachine.states[status].config.on ?? {}) as ReportEventType[],
  ]),
) as Record<ReportStatus, ReportEventType[]>;

/** Which events the stored status accepts at all, whoever asks. */
export function eventsAcceptedIn(status: ReportStatus): ReportEventType[] {
  return EVENTS_BY_STATUS[status];
}

/** Decides an event against the stored status and the request's facts, without running an actor. */
export function decide(status: ReportStatus, facts: ReportFacts, event: ReportWorkflowEvent): Decision {
  if (!EVENTS_BY_STATUS[status].includes(event.type)) return { allowed: false, reason: 'NOT_IN_THIS_STATE' };
  const snapshot = reportMachine.resolveState({ value: status, context: facts });
  if (!snapshot.can(event)) {
    const failedGuard = REQUIREMENTS[event.type].find((name) => !guards[name]({ context: facts, event }));
    return { allowed: false, reason: 'GUARD', failedGuard: failedGuard ?? REQUIREMENTS[event.type][0] };
  }
  const [next, actions] = transition(reportMachine, snapshot, event);
  return {
    allowed: true,
    to: next.value as ReportStatus,
    effects: actions.map((a) => a.type as ReportEffect).filter((t) => t in reportMachine.implementations.actions),
  };
}

/**
 * Whether the actor has the role an event needs (its first requirement), whatever the report's state:
 * lets a refusal to a stranger say FORBIDDEN rather than describe a state they could never act on.
 */
export function roleRequirement(type: ReportEventType, facts: ReportFacts): { guard: ReportGuard; holds: boolean } {
  const guard = REQUIREMENTS[type][0];
  return { guard, holds: guards[guard]({ context: facts, event: { type } as ReportWorkflowEvent }) };
}

/** The events this actor could send now with the given facts (optional event fields filled in). */
export function allowedEvents(status: ReportStatus, facts: ReportFacts): ReportEventType[] {
  const snapshot = reportMachine.resolveState({ value: status, context: facts });
  const probes: ReportWorkflowEvent[] = [
    { type: 'SAVE' },
    { type: 'SUBMIT', note: 'x', allowIncomplete: true },
    { type: 'APPROVE' },
    { type: 'RETURN', reason: 'x' },
    { type: 'UNAPPROVE', reason: 'x' },
  ];
  return probes.filter((e) => EVENTS_BY_STATUS[status].includes(e.type) && snapshot.can(e)).map((e) => e.type);
}
