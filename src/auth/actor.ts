import { forbidden, unauthenticated } from '../common/errors';
import { Role, User } from './user.entity';

/** Who is asking, as every service sees it. */
export interface Actor {
  userId: number;
  name: string;
  role: Role;
  unitId: number | null;
  /** Ancestor path of the user's unit ("/3/57/"); null for an admin without a unit. */
  unitPath: string | null;
  /**
   * Subtrees the actor reads: its unit's, and those of the units its unit continues after a reorganisation
   * (a merged commune's officers still read the reports of the communes it absorbed). Its unit's alone when absent.
   */
  scopePaths?: string[];
  /**
   * Units the actor's unit continues: their officers took over the paperwork of the units merged into theirs,
   * so they may also act on those units' reports still open.
   */
  lineageUnitIds?: number[];
  /**
   * The account's token version the caller signed in with (checked on every request): what a long-lived
   * subscription compares with later, to notice the session was ended. Absent for the hub's own work.
   */
  tokenVersion?: number;
  /**
   * How many campaigns there were when the request began (read with the caller). Campaigns are never deleted, so
   * while the number is the same no campaign has been added: what a hub remembers of "no earlier round" holds.
   */
  campaignsSeen?: number;
}

function actsFor(actor: Actor, unitId: number): boolean {
  return actor.unitId === unitId || (actor.lineageUnitIds?.includes(unitId) ?? false);
}

function scopesOf(actor: Actor): string[] {
  return actor.scopePaths ?? (actor.unitPath ? [actor.unitPath] : []);
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    name: user.fullName,
    role: user.role,
    unitId: user.unit?.id ?? null,
    unitPath: user.unit?.path ?? null,
  };
}

/** What a request carries about its caller: an actor, or why its token was refused. */
export interface Caller {
  actor: Actor | null;
  authError: Error | null;
}

export function requireActor(caller: Caller): Actor {
  if (caller.authError) throw caller.authError;
  if (!caller.actor) throw unauthenticated();
  return caller.actor;
}

export function requireRole(caller: Caller, ...roles: Role[]): Actor {
  const who = requireActor(caller);
  if (!roles.includes(who.role)) {
    throw forbidden(roles.length === 1 && roles[0] === Role.ADMIN ? 'Chức năng này chỉ dành cho quản trị hệ thống.' : 'Vai trò của bạn không được dùng chức năng này.');
  }
  return who;
}

/** A monitor without a unit follows the whole country (a ministry, a central committee), read-only. */
export function isNationalMonitor(actor: Actor): boolean {
  return actor.role === Role.MONITOR && actor.unitPath == null;
}

/** Admins read everything; everyone else reads the subtree of their own unit. */
export function canRead(actor: Actor, unitPath: string): boolean {
  if (actor.role === Role.ADMIN || isNationalMonitor(actor)) return true;
  return scopesOf(actor).some((prefix) => unitPath.startsWith(prefix));
}

/** Reporters and approvers fill in and submit their own unit's report. */
export function isEditorOf(actor: Actor, unitId: number): boolean {
  return (actor.role === Role.REPORTER || actor.role === Role.APPROVER) && actsFor(actor, unitId);
}

/** Approvers review the reports sent to their unit. */
export function isReviewerAt(actor: Actor, unitId: number | null): boolean {
  return actor.role === Role.APPROVER && unitId != null && actsFor(actor, unitId);
}

/** Path prefixes restricting list queries to what the actor may read; null means no restriction. */
export function readScope(actor: Actor): string[] | null {
  if (actor.role === Role.ADMIN || isNationalMonitor(actor)) return null;
  if (!actor.unitPath) throw forbidden('Tài khoản chưa được gán đơn vị hành chính.');
  return scopesOf(actor);
}

/** A filter on `unitPath` keeping what lies under one of the prefixes. */
export function underAny(prefixes: string[]): { $or: { unitPath: { $like: string } }[] } {
  return { $or: prefixes.map((p) => ({ unitPath: { $like: `${p}%` } })) };
}
