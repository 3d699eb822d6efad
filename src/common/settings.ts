/**
 * An optional whole-number setting from the environment, within [min, max]. Absent or empty gives undefined (the
 * caller's default applies); anything else that is not such a number stops the start with a message naming it.
 */
export function wholeNumberSetting(env: NodeJS.ProcessEnv, name: string, min: number, max: number): number | undefined {
  const text = env[name]?.trim();
  if (!text) return undefined;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${name} phải là số nguyên từ ${min} đến ${max}: ${text}`);
  return value;
}
