import { DateTime } from 'luxon';
import { parseDay } from './deadline-rules';

/**
 * Data cut-off windows of periodic reports under Decree 09/2019/NĐ-CP (art. 12). Every window runs from the
 * 15th of one month to the 14th of another, both days included:
 * - MONTH (index 1–12): 15th of the previous month → 14th of the month;
 * - QUARTER (1–4): 15th of the month before the quarter → 14th of the quarter's last month;
 * - HALF_YEAR (1–2): 15/12 of the previous year → 14/6, then 15/6 → 14/12;
 * - YEAR (1 only): 15/12 of the previous year → 14/12.
 * A window's `year` is the year its cut-off (end) falls in, so January's window starts in the previous year.
 */
export type PeriodKind = 'MONTH' | 'QUARTER' | 'HALF_YEAR' | 'YEAR';

export interface PeriodWindow {
  kind: PeriodKind;
  year: number;
  index: number;
  /** First day of data, `YYYY-MM-DD`, included. */
  start: string;
  /** Cut-off day, `YYYY-MM-DD`, included. */
  end: string;
  /** Vietnamese label, e.g. "Quý I/2025". */
  label: string;
}

/** How many periods of each kind a year has, and how many months each spans. */
const SHAPE: Record<PeriodKind, { count: number; months: number }> = {
  MONTH: { count: 12, months: 1 },
  QUARTER: { count: 4, months: 3 },
  HALF_YEAR: { count: 2, months: 6 },
  YEAR: { count: 1, months: 12 },
};

const KIND_NAME: Record<PeriodKind, string> = {
  MONTH: 'tháng',
  QUARTER: 'quý',
  HALF_YEAR: '6 tháng',
  YEAR: 'năm',
};

const ROMAN = ['I', 'II', 'III', 'IV'];

const MIN_YEAR = 1900;
const MAX_YEAR = 9999;

function shapeOf(kind: PeriodKind) {
  const shape = SHAPE[kind];
  if (!shape) {
    throw new RangeError(`Loại kỳ báo cáo "${String(kind)}" không hợp lệ (MONTH, QUARTER, HALF_YEAR hoặc YEAR).`);
  }
  return shape;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw new RangeError(`Năm báo cáo "${String(year)}" không hợp lệ (phải là số nguyên từ ${MIN_YEAR} đến ${MAX_YEAR}).`);
  }
}

function checkIndex(kind: PeriodKind, index: number): void {
  const { count } = shapeOf(kind);
  if (!Number.isInteger(index) || index < 1 || index > count) {
    throw new RangeError(
      count === 1
        ? `Kỳ báo cáo năm chỉ có số thứ tự 1 (nhận được "${String(index)}").`
        : `Số thứ tự ${KIND_NAME[kind]} "${String(index)}" không hợp lệ (phải từ 1 đến ${count}).`,
    );
  }
}

function labelOf(kind: PeriodKind, year: number, index: number): string {
  switch (kind) {
    case 'MONTH':
      return `Tháng ${index}/${year}`;
    case 'QUARTER':
      return `Quý ${ROMAN[index - 1]}/${year}`;
    case 'HALF_YEAR':
      return index === 1 ? `6 tháng đầu năm ${year}` : `6 tháng cuối năm ${year}`;
    case 'YEAR':
      return `Năm ${year}`;
  }
}

/** The cut-off window of period `index` of `year`. Throws a RangeError for an unknown kind, year or index. */
export function periodWindow(kind: PeriodKind, year: number, index: number): PeriodWindow {
  const { months } = shapeOf(kind);
  checkYear(year);
  checkIndex(kind, index);
  const lastMonth = DateTime.utc(year, index * months, 14);
  const start = lastMonth.minus({ months }).plus({ days: 1 });
  return {
    kind,
    year,
    index,
    start: start.toISODate() as string,
    end: lastMonth.toISODate() as string,
    label: labelOf(kind, year, index),
  };
}

/** The period right after the given one (Tháng 12/2025 → Tháng 1/2026). */
export function nextPeriod(kind: PeriodKind, year: number, index: number): PeriodWindow {
  const { count } = shapeOf(kind);
  checkYear(year);
  checkIndex(kind, index);
  return index < count ? periodWindow(kind, year, index + 1) : periodWindow(kind, year + 1, 1);
}

/** The period whose window contains `day` (`YYYY-MM-DD`): 20/12/2024 belongs to Tháng 1/2025. */
export function periodContaining(kind: PeriodKind, day: string): PeriodWindow {
  const { months } = shapeOf(kind);
  const date = parseDay(day, 'Ngày cần xét');
  // Days from the 15th on count toward the next month's window.
  const cutoffMonth = date.day >= 15 ? date.startOf('month').plus({ months: 1 }) : date.startOf('month');
  const index = Math.ceil(cutoffMonth.month / months);
  return periodWindow(kind, cutoffMonth.year, index);
}
