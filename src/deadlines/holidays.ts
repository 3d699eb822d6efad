import { addDays, parseDay } from './deadline-rules';
import builtIn from './vn-holidays.json';

/** One official day off: a public holiday, a compensatory day (nghỉ bù) or a swapped day (nghỉ hoán đổi). */
export interface HolidayDay {
  date: string;
  name: string;
}

/** Longest run of consecutive rest days we accept before deciding the calendar data is broken. */
const MAX_REST_RUN = 60;

/**
 * Rest days of the public administration: every Saturday and Sunday plus the listed days off. Make-up
 * working Saturdays (làm bù) are not modelled: a Saturday is always a rest day, which can only give a
 * reporter more time, never less.
 */
export class HolidayCalendar {
  private readonly byDate = new Map<string, string>();

  constructor(days: readonly HolidayDay[]) {
    for (const entry of days) {
      parseDay(entry?.date, 'Ngày nghỉ');
      const name = typeof entry.name === 'string' ? entry.name.trim() : '';
      if (!name) {
        throw new RangeError(`Ngày nghỉ ${entry.date} chưa có tên.`);
      }
      if (this.byDate.has(entry.date)) {
        throw new RangeError(`Ngày nghỉ ${entry.date} được khai báo nhiều lần.`);
      }
      this.byDate.set(entry.date, name);
    }
  }

  /** All listed days off, in date order. */
  get days(): HolidayDay[] {
    return [...this.byDate.entries()]
      .map(([date, name]) => ({ date, name }))
      .sort((a, b) => a.date.localeCompare(b.date));
  }

  /** Saturday, Sunday or a listed day off. */
  isRestDay(day: string): boolean {
    const weekday = parseDay(day).weekday; // 1 = Monday … 7 = Sunday
    return weekday >= 6 || this.byDate.has(day);
  }

  /** The name of the listed day off, or null (ordinary weekends have no name). */
  holidayName(day: string): string | null {
    parseDay(day);
    return this.byDate.get(day) ?? null;
  }

  /** The first working day strictly after `after`. */
  nextWorkingDay(after: string): string {
    let day = after;
    for (let i = 0; i < MAX_REST_RUN; i++) {
      day = addDays(day, 1);
      if (!this.isRestDay(day)) return day;
    }
    throw new RangeError(
      `Không tìm thấy ngày làm việc nào trong ${MAX_REST_RUN} ngày sau ${after}; hãy kiểm tra lại danh sách ngày nghỉ.`,
    );
  }
}

/** The calendar shipped in `vn-holidays.json` (2019–2026). An admin must check it against each year's announcement. */
export function loadBuiltInHolidays(): HolidayCalendar {
  return new HolidayCalendar(builtIn.days);
}

/** Where the built-in dates come from, for display next to the calendar. */
export const BUILT_IN_HOLIDAYS_SOURCE: string = builtIn.source;
