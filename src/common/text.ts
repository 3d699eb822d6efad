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
