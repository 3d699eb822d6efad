import pino, { Logger } from 'pino';

export type { Logger } from 'pino';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/** The hub's JSON logger on standard output: one object per line, time as ISO 8601, errors under `err`. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service: 'bhyt-reporting-hub' },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
}

/**
 * A logger that hands each entry, as one plain line, to a `log(message)` callback: for those who embed the hub
 * with only a callback (tests, benchmarks). It keeps warnings and errors only, so that a callback that used to
 * receive the hub's messages is not flooded with one line per request.
 */
export function callbackLogger(log: (message: string) => void, level: LogLevel = 'warn'): Logger {
  return pino(
    { level, base: null, timestamp: false, formatters: { level: (label) => ({ level: label }) } },
    { write: (line: string) => log(plainLine(line)) },
  );
}

/** `message {fields} stack` from a pino JSON line. */
function plainLine(line: string): string {
  try {
    const { level: _level, msg, err, ...fields } = JSON.parse(line) as { level?: unknown; msg?: string; err?: { stack?: string; message?: string } };
    const parts = [msg ?? ''];
    if (Object.keys(fields).length) parts.push(JSON.stringify(fields));
    if (err) parts.push(err.stack ?? err.message ?? '');
    return parts.filter(Boolean).join(' ');
  } catch {
    return line.trimEnd();
  }
}

export function parseLogLevel(value: string | undefined): LogLevel {
  const text = value?.trim().toLowerCase();
  if (!text) return 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(text)) {
    throw new Error(`LOG_LEVEL không hợp lệ: ${value} (một trong ${LOG_LEVELS.join(', ')}).`);
  }
  return text as LogLevel;
}
