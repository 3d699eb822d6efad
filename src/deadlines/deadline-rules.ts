import { DateTime } from 'luxon';
import type { HolidayCalendar } from './holidays';

/**
 * Deadline rules of the hub. Instants are JavaScript `Date`s (UTC); every notion of "day" is a calendar day in
 * Vietnam (Asia/Ho_Chi_Minh, +07:00, no daylight saving). Days are written as ISO strings `YYYY-MM-DD`.
 */
export const WORK_ZONE = 'Asia/Ho_Chi_Minh';

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Start (00:00) of a Vietnam calendar day; throws a RangeError if the text is not a real `YYYY-MM-DD` date. */
export function parseDay(day: string, what = 'Ngày'): DateTime {
  if (typeof day !== 'string' || !DAY_PATTERN.test(day)) {
    throw new RangeError(`${what} "${String(day)}" không đúng định dạng YYYY-MM-DD (ví dụ 2025-11-20).`);
  }
  const parsed = DateTime.fromISO(day, { zone: WORK_ZONE });
  if (!parsed.isValid) {
    throw new RangeError(`${what} "${day}" không tồn tại trong lịch.`);
  }
  return parsed.startOf('day');
}

/** The day `n` calendar days after `day` (before it when `n` is negative). */
export function addDays(day: string, n: number): string {
  return parseDay(day).plus({ days: n }).toISODate() as string;
}

function toLocal(at: Date, what: string): DateTime {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) {
    throw new RangeError(`${what} không phải là một thời điểm hợp lệ.`);
  }
  return DateTime.fromJSDate(at, { zone: WORK_ZONE });
}

/**
 * "Trước ngày D": the deadline is D at 00:00 Vietnam time, so the last day to submit is D − 1.
 * Example: `dueBefore('2025-11-20')` is 2025-11-19T17:00:00.000Z.
 */
export function dueBefore(day: string): Date {
  return parseDay(day, 'Hạn nộp').toJSDate();
}

/** A submission is late when it arrives at the deadline instant or after it. */
export function isLate(submittedAt: Date, dueAt: Date): boolean {
  return instantOf(submittedAt, 'Thời điểm nộp') >= instantOf(dueAt, 'Hạn nộp');
}

/** An instant's epoch milliseconds, refusing what is not a valid instant (as toLocal does). */
function instantOf(at: Date, what: string): number {
  if (!(at instanceof Date) || Number.isNaN(at.getTime())) throw new RangeError(`${what} không phải là một thời điểm hợp lệ.`);
  return at.getTime();
}

/**
 * Whole days late, counted in Vietnam calendar days: 0 when `at` is before `dueAt`; otherwise the number of
 * local days from the day the deadline falls on up to and including the day of `at`. So for a deadline of
 * 20/11 00:00, anything on 20/11 (even 00:00:00 exactly) is 1 day late, anything on 21/11 is 2 days late.
 * Every late submission is therefore at least 1 day late, consistent with `isLate`.
 */
export function daysLate(dueAt: Date, at: Date): number {
  const due = toLocal(dueAt, 'Hạn nộp');
  const now = toLocal(at, 'Thời điểm xét');
  if (now.toMillis() < due.toMillis()) return 0;
  const days = now.startOf('day').diff(due.startOf('day'), 'days').days;
  return Math.round(days) + 1;
}

/** The Vietnam calendar day (`YYYY-MM-DD`) an instant falls on. */
export function localDay(at: Date): string {
  // Asked on every request with the time of day. Since 1976 Vietnam's offset has been whole hours, so the day
  // is the same for every instant of one UTC hour and is worked out once per hour.
  const ms = instantOf(at, 'Thời điểm');
  if (ms < WHOLE_HOUR_OFFSETS_FROM) return toLocal(at, 'Thời điểm').toISODate() as string;
  const hour = Math.floor(ms / 3_600_000);
  if (hour !== lastDay.hour) lastDay = { hour, day: toLocal(at, 'Thời điểm').toISODate() as string };
  return lastDay.day;
}
const WHOLE_HOUR_OFFSETS_FROM = Date.UTC(1976, 0, 1);
let lastDay: { hour: number; day: string } = { hour: Number.NaN, day: '' };

/** An instant as Vietnamese officials write it: `dd/mm/yyyy HH:mm`, Vietnam time. */
export function formatVi(at: Date): string {
  return toLocal(at, 'Thời điểm').toFormat('dd/MM/yyyy HH:mm');
}

/**
 * Civil Code art. 148: when the last day of a period is a weekend day or a public holiday, the period ends at
 * the end of the next working day. The last day of a deadline is the day of the instant just before it
 * (for "before D" that is D − 1). If that day is a rest day, the deadline moves to 00:00 of the day after the
 * next working day, i.e. the end of that working day. Otherwise the deadline is returned unchanged.
 * Example: before Sunday 21/4/2019 (last day Saturday 20/4) becomes before Tuesday 23/4/2019.
 */
export function rollForward(dueAt: Date, calendar: HolidayCalendar): Date {
  const due = toLocal(dueAt, 'Hạn nộp');
  const lastDay = due.minus({ milliseconds: 1 }).toISODate() as string;
  if (!calendar.isRestDay(lastDay)) return new Date(due.toMillis());
  const workingDay = calendar.nextWorkingDay(lastDay);
  return parseDay(workingDay).plus({ days: 1 }).toJSDate();
}
