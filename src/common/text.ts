/** Folds Vietnamese text for search: lower case, no tone marks, đ → d ("Sơn Dương" → "son duong"). */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

export function hasText(value: string | null | undefined): value is string {
  return typeof value === 'string' && value.trim().length > 0;
}

const integerVi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });
const decimalVi = new Intl.NumberFormat('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 204908 → "204.908"; 94.7805 → "94,78" (percent and decimal values keep two decimals). */
export function formatNumberVi(value: number, decimals: boolean): string {
  return decimals ? decimalVi.format(value) : integerVi.format(value);
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar day written YYYY-MM-DD that exists (no 2025-02-30). */
export function isRealDay(day: string): boolean {
  if (!DAY.test(day)) return false;
  const d = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === day;
}
