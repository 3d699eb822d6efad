import type { CellValue } from 'exceljs';
import { DateTime } from 'luxon';
import { isRealDay } from '../common/text';
import { WORK_ZONE } from '../deadlines/deadline-rules';

/**
 * Number formats of the exported workbooks.
 *
 * Figures are written as real numbers (never as text), so that a sheet can sum and sort them, with the standard
 * format codes `#,##0` / `#,##0.00`. In those codes "," and "." are placeholders: Excel draws the thousands and
 * decimal separators of the reader's own regional settings, so a Vietnamese Windows/Excel shows 204.908 and
 * 94,78 while an English one shows 204,908 and 94.78 — the number itself is the same. A file cannot force
 * Excel's separators (a format with literal dots, such as `#"."###`, breaks decimals and sums), so on top of
 * the standard codes every format carries the Vietnamese locale tag `[$-42A]` (LCID 0x042A, vi-VN), and the
 * workbook's language is set to vi-VN. Excel accepts the tag and keeps using the reader's separators;
 * LibreOffice and other readers that honour the tag show the Vietnamese 204.908 / 94,78 whatever their own
 * language. Percentages are stored as the number the API carries (94.78, not 0.9478) with a literal "%"
 * suffix, so the cell equals the report's value and an import reads it back unchanged.
 */
export const VI_LOCALE_TAG = '[$-42A]';
export const NUMBER_FORMATS = {
  INTEGER: `${VI_LOCALE_TAG}#,##0`,
  DECIMAL: `${VI_LOCALE_TAG}#,##0.00`,
  PERCENT: `${VI_LOCALE_TAG}#,##0.00"%"`,
  /** Slashes escaped: a plain "/" would be replaced by the reader's date separator. */
  DATE: 'dd\\/mm\\/yyyy',
  DATE_TIME: 'dd\\/mm\\/yyyy hh:mm',
} as const;

/** What an imported cell holds once Excel's wrappers (formulas, rich text, links) are taken off. */
export type Plain = number | string | boolean | Date | null | { error: string };

export function plainValue(value: CellValue): Plain {
  if (value == null) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean' || value instanceof Date) {
    return typeof value === 'string' && value.trim() === '' ? null : value;
  }
  if (typeof value === 'object') {
    if ('richText' in value) return plainValue(value.richText.map((part) => part.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) return plainValue((value as { result?: CellValue }).result ?? null);
    if ('hyperlink' in value) return plainValue((value as { text?: CellValue }).text ?? null);
    if ('error' in value) return { error: String((value as { error: unknown }).error) };
  }
  return String(value);
}

const GROUPED = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const PLAIN = /^\d+(?:,\d+)?$/;

/**
 * A number written the Vietnamese way: "." groups thousands, "," marks decimals ("204.908", "94,78",
 * "1.234,5"); spaces may group too ("204 908"). "94.78" is refused rather than guessed: in Vietnamese it is
 * not a number. Returns null when the text is not a number.
 */
export function parseVietnameseNumber(input: string): number | null {
  let text = input.trim().replace(/[\s\u00a0\u202f]/g, '');
  let sign = 1;
  if (/^[-\u2212\u2013]/.test(text)) {
    sign = -1;
    text = text.slice(1);
  } else if (text.startsWith('+')) {
    text = text.slice(1);
  }
  if (!GROUPED.test(text) && !PLAIN.test(text)) return null;
  const value = Number(text.replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? sign * value : null;
}

/** Whether a number format scales by 100 (an unquoted, unescaped "%"), as Excel does for "94,78%" typed in. */
export function scalesByHundred(numFmt: string | undefined): boolean {
  if (!numFmt) return false;
  return numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*]/g, '')
    .includes('%');
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A day from dd/mm/yyyy (or d/m/yyyy, dd.mm.yyyy) or YYYY-MM-DD text; null when it is not a real day. */
export function parseDayText(input: string): string | null {
  const text = input.trim();
  const iso = ISO_DAY.exec(text);
  if (iso) return isRealDay(text) ? text : null;
  const dmy = DMY.exec(text);
  if (!dmy) return null;
  const day = `${dmy[3]}-${dmy[2].padStart(2, '0')}-${dmy[1].padStart(2, '0')}`;
  return isRealDay(day) ? day : null;
}

/** The calendar day of an Excel date as exceljs reads it (days are carried at UTC midnight). */
export function dayOfExcelDate(date: Date): string | null {
  if (Number.isNaN(date.getTime())) return null;
  // Some writers store a day as 23:59:59.999 of the day before, or with a stray time: take the nearest midnight.
  const rounded = new Date(Math.round(date.getTime() / 86_400_000) * 86_400_000);
  return rounded.toISOString().slice(0, 10);
}

/** An Excel serial day number (1 = 01/01/1900) as YYYY-MM-DD. */
export function dayOfSerial(serial: number): string | null {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return null;
  return new Date(Math.round((serial - 25569) * 86_400_000)).toISOString().slice(0, 10);
}

/** A YYYY-MM-DD day as the Date exceljs writes as that Excel day. */
export function excelDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** An instant as the Excel date-time of its Vietnamese wall clock (Excel dates carry no time zone). */
export function excelLocalTime(at: Date): Date {
  const local = DateTime.fromJSDate(at).setZone(WORK_ZONE);
  return new Date(Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second));
}

/** YYYY-MM-DD as dd/mm/yyyy. */
export function dayVi(day: string): string {
  const m = ISO_DAY.exec(day);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : day;
}
