import { and, raise, setup, transition } from 'xstate';
import { registerEnumType } from 'type-graphql';

/**
 * The life of one report, in two parallel regions:
 *  - review: DRAFT → SUBMITTED → APPROVED | RETURNED …, driven by people;
 *  - timeliness: UPCOMING → DUE_SOON → OVERDUE, then ON_TIME or LATE at the first submission, driven by the
 *    deadline scheduler (from stored timestamps) and by the review region.
 * The machine is never kept running: each request or scheduler pass rebuilds the snapshot from the stored
 * status and timeliness plus the facts of that moment, asks whether the event is allowed, and reads the next
 * state and the named effects from a pure transition.
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

export enum Timeliness {
  /** Not sent, deadline more than the first reminder away. */
  UPCOMING = 'UPCOMING',
  /** Not sent, reminders have started. */
  DUE_SOON = 'DUE_SOON',
  /** Not sent, deadline passed. */
  OVERDUE = 'OVERDUE',
  /** First sent before the deadline. */
  ON_TIME = 'ON_TIME',
  /** First sent on or after the deadline. */
  LATE = 'LATE',
}

registerEnumType(Timeliness, {
  name: 'Timeliness',
  description: 'Tình trạng hạn nộp: chưa đến hạn, sắp đến hạn, quá hạn chưa nộp, nộp đúng hạn, nộp muộn.',
});

export interface ReportState {
  status: ReportStatus;
  timeliness: Timeliness;
}

/** What the request (or the scheduler) knows when it asks the machine. */
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
  /** The moment of the event and the report's deadline, in epoch milliseconds. */
  now: number;
  dueAt: number;
  /** The campaign refuses late submissions and the grace period after the deadline is over. */
  submissionClosed: boolean;
}

export type ReportWorkflowEvent =
  | { type: 'SAVE' }
  | { type: 'SUBMIT'; note?: string | null; allowIncomplete?: boolean | null }
  | { type: 'APPROVE'; comment?: string | null }
  | { type: 'RETURN'; reason?: string | null }
  | { type: 'UNAPPROVE'; reason?: string | null }
  /** From the scheduler: the first reminder time has come. */
  | { type: 'REMIND' }
  /** From the scheduler: the deadline has passed without a submission. */
  | { type: 'DEADLINE_PASSED' }
  /** An extension was granted; facts.dueAt is the new deadline. */
  | { type: 'EXTEND' }
  /** Raised by the review region when the report is sent up. */
  | { type: 'SENT' };

export type ReportEventType = ReportWorkflowEvent['type'];
/** The events people send; the others come from the scheduler or from inside the machine. */
export type UserEventType = 'SAVE' | 'SUBMIT' | 'APPROVE' | 'RETURN' | 'UNAPPROVE';

const filled = (text: string | null | undefined) => typeof text === 'string' && text.trim().length > 0;

type GuardArgs = { context: ReportFacts; event: ReportWorkflowEvent };

const guards = {
  isEditor: ({ context }: GuardArgs) => context.actorIsEditor,
  isReviewer: ({ context }: GuardArgs) => context.actorIsReviewer,
  isTopOfChain: ({ context }: GuardArgs) => context.isTopOfChain,
  submissionOpen: ({ context }: GuardArgs) => !context.submissionClosed,
  hasNoErrors: ({ context }: GuardArgs) => context.errorCount === 0,
  warningsExplained: ({ context, event }: GuardArgs) =>
    context.warningCount === 0 || (event.type === 'SUBMIT' && filled(event.note)),
  childrenComplete: ({ context, event }: GuardArgs) =>
    context.childrenApproved >= context.childrenExpected ||
    (event.type === 'SUBMIT' && event.allowIncomplete === true && filled(event.note)),
  hasReason: ({ event }: GuardArgs) => (event.type === 'RETURN' || event.type === 'UNAPPROVE') && filled(event.reason),
  parentOpen: ({ context }: GuardArgs) => !context.parentLocked,
  deadlinePassed: ({ context }: GuardArgs) => context.now >= context.dueAt,
  deadlineAhead: ({ context }: GuardArgs) => context.now < context.dueAt,
};

export type ReportGuard = keyof typeof guards;

/** What each user event requires, in the order a refusal is explained; the first is always the role. */
export const REQUIREMENTS: Record<UserEventType, ReportGuard[]> = {
  SAVE: ['isEditor'],
  SUBMIT: ['isEditor', 'submissionOpen', 'hasNoErrors', 'warningsExplained', 'childrenComplete'],
  APPROVE: ['isReviewer', 'parentOpen'],
  RETURN: ['isReviewer', 'hasReason', 'parentOpen'],
  UNAPPROVE: ['isReviewer', 'hasReason', 'parentOpen'],
};

/**
 * Effects a transition asks for. The report service and the scheduler carry them out inside their
 * transaction; here they only have names.
 */
export type ReportEffect =
  | 'storeValues'
  | 'stampSubmission'
  | 'stampApproval'
  | 'clearApproval'
  | 'consolidateParent'
  | 'notifyReturn'
  | 'notifyReminder'
  | 'notifyOverdue'
  | 'rescheduleReminders';
const effect = () => undefined;

/** Sending the report: its first sending decides ON_TIME or LATE. */
const onSent = [
  { guard: 'deadlinePassed' as const, target: Timeliness.LATE },
  { target: Timeliness.ON_TIME },
];

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
    notifyReturn: effect,
    notifyReminder: effect,
    notifyOverdue: effect,
    rescheduleReminders: effect,
  },
}).createMachine({
  id: 'report',
  type: 'parallel',
  context: ({ input }) => input,
  states: {
    review: {
      initial: ReportStatus.DRAFT,
      states: {
        [ReportStatus.DRAFT]: {
          on: {
            SAVE: { guard: and(REQUIREMENTS.SAVE), actions: 'storeValues' },
            SUBMIT: {
              guard: and(REQUIREMENTS.SUBMIT),
              target: ReportStatus.SUBMITTED,
              actions: ['stampSubmission', raise({ type: 'SENT' })],
            },
          },
        },
        [ReportStatus.RETURNED]: {
          on: {
            SAVE: { guard: and(REQUIREMENTS.SAVE), actions: 'storeValues' },
            SUBMIT: {
              guard: and(REQUIREMENTS.SUBMIT),
              target: ReportStatus.SUBMITTED,
              actions: ['stampSubmission', raise({ type: 'SENT' })],
            },
          },
        },
        [ReportStatus.SUBMITTED]: {
          on: {
            APPROVE: [
              { guard: and([...REQUIREMENTS.APPROVE, 'isTopOfChain']), target: ReportStatus.FINALIZED, actions: 'stampApproval' },
              { guard: and(REQUIREMENTS.APPROVE), target: ReportStatus.APPROVED, actions: ['stampApproval', 'consolidateParent'] },
            ],
            RETURN: { guard: and(REQUIREMENTS.RETURN), target: ReportStatus.RETURNED, actions: 'notifyReturn' },
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
        [ReportStatus.FINALIZED]: {},
      },
    },
    timeliness: {
      initial: Timeliness.UPCOMING,
      states: {
        [Timeliness.UPCOMING]: {
          on: {
            REMIND: { target: Timeliness.DUE_SOON, actions: 'notifyReminder' },
            DEADLINE_PASSED: { guard: 'deadlinePassed', target: Timeliness.OVERDUE, actions: 'notifyOverdue' },
            EXTEND: { actions: 'rescheduleReminders' },
            SENT: onSent,
          },
        },
        [Timeliness.DUE_SOON]: {
          on: {
            REMIND: { actions: 'notifyReminder' },
            DEADLINE_PASSED: { guard: 'deadlinePassed', target: Timeliness.OVERDUE, actions: 'notifyOverdue' },
            EXTEND: { target: Timeliness.UPCOMING, actions: 'rescheduleReminders' },
            SENT: onSent,
          },
        },
        [Timeliness.OVERDUE]: {
          on: {
            EXTEND: { guard: 'deadlineAhead', target: Timeliness.UPCOMING, actions: 'rescheduleReminders' },
            SENT: onSent,
          },
        },
        [Timeliness.ON_TIME]: {},
        [Timeliness.LATE]: {},
      },
    },
  },
});

export type Decision =
  | { allowed: true; to: ReportState; effects: ReportEffect[] }
  | { allowed: false; reason: 'NOT_IN_THIS_STATE' }
  | { allowed: false; reason: 'GUARD'; failedGuard: ReportGuard };

const reviewStates = reportMachine.root.states.review.states;
const timelinessStates = reportMachine.root.states.timeliness.states;

const USER_EVENTS_BY_STATUS: Record<ReportStatus, UserEventType[]> = Object.fromEntries(
  Object.values(ReportStatus).map((status) => [status, Object.keys(reviewStates[status].config.on ?? {}) as UserEventType[]]),
) as Record<ReportStatus, UserEventType[]>;

/** Which user events the stored status accepts at all, whoever asks. */
export function eventsAcceptedIn(status: ReportStatus): UserEventType[] {
  return USER_EVENTS_BY_STATUS[status];
}

/** Whether a scheduler or extension event has any transition from the stored timeliness. */
function timelinessAccepts(timeliness: Timeliness, type: ReportEventType): boolean {
  return type in (timelinessStates[timeliness].config.on ?? {});
}

function snapshotOf(state: ReportState, facts: ReportFacts) {
  return reportMachine.resolveState({ value: { review: state.status, timeliness: state.timeliness }, context: facts });
}

const KNOWN_EFFECTS = new Set(Object.keys(reportMachine.implementations.actions));

/** Decides an event against the stored state and the facts of the moment, without running an actor. */
export function decide(state: ReportState, facts: ReportFacts, event: ReportWorkflowEvent): Decision {
  if (!accepts(state, event.type)) return NOT_IN_THIS_STATE;
  const key = `${state.status} ${state.timeliness} ${event.type} ${guardBits(facts, event)}`;
  let decision = decisions.get(key);
  if (!decision) {
    decision = deepFreeze(decideByMachine(state, facts, event));
    if (decisions.size >= MAX_REMEMBERED_DECISIONS) decisions.clear();
    decisions.set(key, decision);
  }
  return decision;
}

/**
 * What the machine itself answers, worked out by xstate from a snapshot (resolveState, can, transition). The
 * answer depends only on the state, the event's type and which guards hold (guards are pure functions of the
 * facts and the event), so `decide` asks this once per such combination and remembers the answer: building a
 * snapshot and transitioning it twice cost every workflow step about a twentieth of its time and an eighth of
 * its allocations (BENCHMARKS.md, sixth pass).
 */
export function decideByMachine(state: ReportState, facts: ReportFacts, event: ReportWorkflowEvent): Decision {
  if (!accepts(state, event.type)) return NOT_IN_THIS_STATE;
  const snapshot = snapshotOf(state, facts);
  if (!snapshot.can(event)) {
    const userEvent = event.type in REQUIREMENTS;
    const requirements = userEvent ? REQUIREMENTS[event.type as UserEventType] : ['deadlinePassed' as const, 'deadlineAhead' as const];
    const failedGuard = requirements.find((name) => !guards[name]({ context: facts, event })) ?? requirements[0];
    return { allowed: false, reason: 'GUARD', failedGuard };
  }
  const [next, actions] = transition(reportMachine, snapshot, event);
  const value = next.value as { review: ReportStatus; timeliness: Timeliness };
  return {
    allowed: true,
    to: { status: value.review, timeliness: value.timeliness },
    effects: actions.map((a) => a.type as ReportEffect).filter((t) => KNOWN_EFFECTS.has(t)),
  };
}

const NOT_IN_THIS_STATE: Decision = Object.freeze({ allowed: false, reason: 'NOT_IN_THIS_STATE' });

/** Whether the stored state has any transition for this event type at all. */
function accepts(state: ReportState, type: ReportEventType): boolean {
  return type in REQUIREMENTS ? USER_EVENTS_BY_STATUS[state.status].includes(type as UserEventType) : timelinessAccepts(state.timeliness, type);
}

const GUARD_NAMES = Object.keys(guards) as ReportGuard[];

/** Which guards hold for these facts and this event, one bit each. */
function guardBits(facts: ReportFacts, event: ReportWorkflowEvent): number {
  let bits = 0;
  for (let i = 0; i < GUARD_NAMES.length; i++) if (guards[GUARD_NAMES[i]]({ context: facts, event })) bits |= 1 << i;
  return bits;
}

/** A few hundred combinations occur in practice; the bound only keeps a bug elsewhere from growing the map. */
const MAX_REMEMBERED_DECISIONS = 10_000;
const decisions = new Map<string, Decision>();

function deepFreeze(decision: Decision): Decision {
  if (decision.allowed) {
    Object.freeze(decision.to);
    Object.freeze(decision.effects);
  }
  return Object.freeze(decision);
}

/**
 * Whether the actor has the role an event needs (its first requirement), whatever the report's state:
 * lets a refusal to a stranger say FORBIDDEN rather than describe a state they could never act on.
 */
export function roleRequirement(type: UserEventType, facts: ReportFacts): { guard: ReportGuard; holds: boolean } {
  const guard = REQUIREMENTS[type][0];
  return { guard, holds: guards[guard]({ context: facts, event: { type } as ReportWorkflowEvent }) };
}

/** The user events this actor could send now with the given facts (optional event fields filled in). */
export function allowedEvents(state: ReportState, facts: ReportFacts): UserEventType[] {
  return PROBES.filter((e) => decide(state, facts, e).allowed).map((e) => e.type as UserEventType);
}

const PROBES: ReportWorkflowEvent[] = [
  { type: 'SAVE' },
  { type: 'SUBMIT', note: 'x', allowIncomplete: true },
  { type: 'APPROVE' },
  { type: 'RETURN', reason: 'x' },
  { type: 'UNAPPROVE', reason: 'x' },
];
