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
  return actor.unitPath != null && unitPath.startsWith(actor.unitPath);
}

/** Reporters and approvers fill in and submit their own unit's report. */
export function isEditorOf(actor: Actor, unitId: number): boolean {
  return (actor.role === Role.REPORTER || actor.role === Role.APPROVER) && actor.unitId === unitId;
}

/** Approvers review the reports sent to their unit. */
export function isReviewerAt(actor: Actor, unitId: number | null): boolean {
  return actor.role === Role.APPROVER && unitId != null && actor.unitId === unitId;
}

/** Path prefix restricting list queries to what the actor may read; null means no restriction. */
export function readScope(actor: Actor): string | null {
  if (actor.role === Role.ADMIN || isNationalMonitor(actor)) return null;
  if (!actor.unitPath) throw forbidden('Tài khoản chưa được gán đơn vị hành chính.');
  return actor.unitPath;
}
