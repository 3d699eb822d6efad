import { EntityManager } from '@mikro-orm/knex';
import { Clock } from '../common/clock';
import { badInput, notFound } from '../common/errors';
import { parseDay, rollForward } from './deadline-rules';
import { PublicHoliday, HolidaySource } from './holiday.entity';
import { HolidayCalendar, loadBuiltInHolidays } from './holidays';

/** Years the calendar accepts; anything outside is almost surely a typing mistake. */
export const MIN_HOLIDAY_YEAR = 1900;
export const MAX_HOLIDAY_YEAR = 2100;
const MAX_NAME_LENGTH = 200;

/** "2021-02-10" → "10/02/2021", as officials write it. */
function viDay(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

function checkYear(year: number): void {
  if (!Number.isInteger(year) || year < MIN_HOLIDAY_YEAR || year > MAX_HOLIDAY_YEAR) {
    throw badInput(`Năm phải nằm trong khoảng ${MIN_HOLIDAY_YEAR}–${MAX_HOLIDAY_YEAR}.`);
  }
}

/** A real `YYYY-MM-DD` day within the accepted years, or BAD_USER_INPUT. */
function checkDate(date: string): string {
  const text = typeof date === 'string' ? date.trim() : date;
  try {
    parseDay(text, 'Ngày nghỉ');
  } catch (error) {
    if (error instanceof RangeError) throw badInput(error.message);
    throw error;
  }
  checkYear(Number(text.slice(0, 4)));
  return text;
}

function checkName(name: string): string {
  const text = typeof name === 'string' ? name.normalize('NFC').replace(/\s+/g, ' ').trim() : '';
  if (!text) throw badInput('Tên ngày nghỉ không được để trống.');
  if (text.length > MAX_NAME_LENGTH) throw badInput(`Tên ngày nghỉ dài quá ${MAX_NAME_LENGTH} ký tự.`);
  return text;
}

/**
 * The calendar of days off, stored in the database so that an administrator can correct it each year. The
 * shipped days are installed once; a day present in the table, even one marked removed, is never installed
 * again, so an administrator's renaming or removal survives every restart and upgrade.
 */
export class HolidayService {
  /** Moves on every change, so that a calendar cached for a request is rebuilt after a write. */
  private generation = 0;
  private readonly cache = new WeakMap<EntityManager, { generation: number; calendar: Promise<HolidayCalendar> }>();

  /** Stores the shipped days that the table does not hold yet, removed ones included. Returns how many. */
  async installBuiltIns(em: EntityManager, clock: Clock): Promise<number> {
    const shipped = loadBuiltInHolidays().days; // refuses broken data before anything is stored
    const present = new Set(
      (await em.find(PublicHoliday, { date: { $in: shipped.map((d) => d.date) } }, { fields: ['date'] })).map((h) => h.date),
    );
    const now = clock.now();
    let added = 0;
    for (const day of shipped) {
      if (present.has(day.date)) continue;
      em.create(PublicHoliday, { date: day.date, name: day.name, source: HolidaySource.BUILT_IN, removed: false, updatedAt: now });
      added++;
    }
    if (added > 0) {
      await em.flush();
      this.generation++;
    }
    return added;
  }

  /** Weekends plus the stored days off that are not removed; built once per EntityManager (one request). */
  calendar(em: EntityManager): Promise<HolidayCalendar> {
    const cached = this.cache.get(em);
    if (cached && cached.generation === this.generation) return cached.calendar;
    const calendar = em
      .find(PublicHoliday, { removed: false }, { orderBy: { date: 'asc' } })
      .then((rows) => new HolidayCalendar(rows.map((r) => ({ date: r.date, name: r.name }))));
    calendar.catch(() => this.cache.delete(em));
    this.cache.set(em, { generation: this.generation, calendar });
    return calendar;
  }

  /** The days off of one year, in date order. */
  async list(em: EntityManager, year: number): Promise<PublicHoliday[]> {
    checkYear(year);
    return em.find(
      PublicHoliday,
      { removed: false, date: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
      { orderBy: { date: 'asc' } },
    );
  }

  /**
   * Makes `date` a day off named `name`: adds it, renames it, or brings back a removed one. Changing nothing
   * stores nothing.
   */
  async set(em: EntityManager, date: string, name: string, clock: Clock): Promise<PublicHoliday> {
    const day = checkDate(date);
    const label = checkName(name);
    const existing = await em.findOne(PublicHoliday, { date: day });
    if (existing && !existing.removed && existing.name === label) return existing;
    const changes = { name: label, source: HolidaySource.ADMIN, removed: false, updatedAt: clock.now() };
    const holiday = existing ? Object.assign(existing, changes) : em.create(PublicHoliday, { date: day, ...changes });
    await em.flush();
    this.generation++;
    return holiday;
  }

  /** Makes `date` an ordinary day again. The row stays, marked removed, so the shipped day is not reinstalled. */
  async remove(em: EntityManager, date: string, clock: Clock): Promise<PublicHoliday> {
    const day = checkDate(date);
    const holiday = await em.findOne(PublicHoliday, { date: day, removed: false });
    if (!holiday) throw notFound(`Ngày ${viDay(day)} không có trong danh sách ngày nghỉ lễ, Tết.`);
    holiday.removed = true;
    holiday.updatedAt = clock.now();
    await em.flush();
    this.generation++;
    return holiday;
  }

  /** Where a deadline moves under Civil Code art. 148 with the stored calendar (unchanged when its last day is a working day). */
  async nextWorkingDeadline(em: EntityManager, dueAt: Date): Promise<Date> {
    const calendar = await this.calendar(em);
    try {
      return rollForward(dueAt, calendar);
    } catch (error) {
      if (error instanceof RangeError) throw badInput(error.message);
      throw error;
    }
  }
}
