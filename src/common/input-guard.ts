import { badInput } from './errors';

/**
 * A NUL character cannot be stored: SQLite ends the statement at it (the query fails) and PostgreSQL refuses it
 * in text and jsonb. A lone UTF-16 surrogate is not text at all and would be stored as a replacement character,
 * so what was read back would differ from what was sent.
 */
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether some string in `value` (object keys included, at any depth) cannot be stored. */
export function hasUnstorableText(value: unknown): boolean {
  // Iterative, so that a deeply nested JSON argument cannot exhaust the stack.
  const pending: unknown[] = [value];
  const seen = new Set<object>();
  while (pending.length > 0) {
    const item = pending.pop();
    if (typeof item === 'string') {
      if (UNSTORABLE.test(item)) return true;
    } else if (item !== null && typeof item === 'object' && !seen.has(item)) {
      seen.add(item);
      if (Array.isArray(item)) {
        for (const element of item) pending.push(element);
      } else if (!(item instanceof Date)) {
        for (const [key, element] of Object.entries(item)) {
          if (UNSTORABLE.test(key)) return true;
          pending.push(element);
        }
      }
    }
  }
  return false;
}

/**
 * Refuses, before its resolver runs, an argument holding text that cannot be stored, whatever field it goes to
 * (applied to every field with arguments by hubSchema). Without it such a string reached the database and came
 * back as INTERNAL_SERVER_ERROR (a save, a lookup by code, a login).
 */
export function refuseUnstorableText(args: Record<string, unknown> | null | undefined): void {
  if (args && Object.keys(args).length > 0 && hasUnstorableText(args)) {
    throw badInput('Dữ liệu gửi lên có ký tự không hợp lệ (ký tự NUL hoặc ký tự Unicode không trọn vẹn); hãy xóa các ký tự đó rồi gửi lại.');
  }
}
