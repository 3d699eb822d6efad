import { DateTime } from 'luxon';
import fc from 'fast-check';
import {
  WORK_ZONE,
  addDays,
  daysLate,
  dueBefore,
  formatVi,
  isLate,
  localDay,
  parseDay,
  rollForward,
} from '../src/deadlines/deadline-rules';
import { HolidayCalendar, loadBuiltInHolidays } from '../src/deadlines/holidays';
import { PeriodKind, nextPeriod, periodContaining, periodWindow } from '../src/deadlines/periods';
import holidayData from '../src/deadlines/vn-holidays.json';

const at = (iso: string) => new Date(iso);

describe('dueBefore: "trước ngày D" is D 00:00 in Vietnam', () => {
  it('uses the Vietnam time zone', () => {
    expect(WORK_ZONE).toBe('Asia/Ho_Chi_Minh');
  });

  it('turns 20/11/2025 into 19/11/2025 17:00 UTC', () => {
    expect(dueBefore('2025-11-20').toISOString()).toBe('2025-11-19T17:00:00.000Z');
  });

  it('puts the boundary exactly at local midnight', () => {
    const due = dueBefore('2025-11-20');
    expect(isLate(at('2025-11-19T23:59:59+07:00'), due)).toBe(false);
    expect(isLate(at('2025-11-19T23:59:59.999+07:00'), due)).toBe(false);
    expect(isLate(at('2025-11-20T00:00:00+07:00'), due)).toBe(true);
    expect(isLate(at('2025-11-20T00:00:01+07:00'), due)).toBe(true);
  });

  it('gives the seed 003 deadlines (Hải Dương, KH 134-KH/TU) as instants', () => {
    expect(dueBefore('2019-04-20').toISOString()).toBe('2019-04-19T17:00:00.000Z');
    expect(dueBefore('2019-05-15').toISOString()).toBe('2019-05-14T17:00:00.000Z');
    expect(dueBefore('2019-06-21').toISOString()).toBe('2019-06-20T17:00:00.000Z');
    // Each level's deadline is earlier than the level above.
    expect(dueBefore('2019-04-20').getTime()).toBeLessThan(dueBefore('2019-05-15').getTime());
    expect(dueBefore('2019-05-15').getTime()).toBeLessThan(dueBefore('2019-06-21').getTime());
  });

  it('handles year and leap-day boundaries', () => {
    expect(dueBefore('2025-01-01').toISOString()).toBe('2024-12-31T17:00:00.000Z');
    expect(dueBefore('2024-02-29').toISOString()).toBe('2024-02-28T17:00:00.000Z');
  });

  it.each(['2025-02-30', '2025-02-29', '2025-13-01', '2025-04-31', '2025-00-10', '2025-11-00'])(
    'rejects the non-existent day %s with a Vietnamese message',
    (day) => {
      expect(() => dueBefore(day)).toThrow(RangeError);
      expect(() => dueBefore(day)).toThrow(/không tồn tại/);
    },
  );

  it.each(['20/11/2025', '2025-11-20T00:00', '2025-1-5', '', '2025-W47', ' 2025-11-20'])(
    'rejects the malformed day "%s"',
    (day) => {
      expect(() => dueBefore(day)).toThrow(RangeError);
      expect(() => dueBefore(day)).toThrow(/định dạng YYYY-MM-DD/);
    },
  );
});

describe('isLate and daysLate', () => {
  const due = dueBefore('2025-11-20');

  it.each([
    ['2025-11-18T10:00:00+07:00', 0],
    ['2025-11-19T23:59:59+07:00', 0],
    ['2025-11-20T00:00:00+07:00', 1],
    ['2025-11-20T09:00:00+07:00', 1],
    ['2025-11-20T23:59:59+07:00', 1],
    ['2025-11-21T00:00:00+07:00', 2],
    ['2025-11-22T08:30:00+07:00', 3],
    ['2025-12-01T00:00:00+07:00', 12],
    ['2026-01-01T12:00:00+07:00', 43],
  ])('at %s is %i day(s) late', (when, expected) => {
    expect(daysLate(due, at(when))).toBe(expected);
    expect(isLate(at(when), due)).toBe(expected > 0);
  });

  it('counts Vietnam days, not UTC days', () => {
    // 20/11 06:30 in Vietnam is still 19/11 in UTC; it is the first late day in Vietnam.
    expect(daysLate(due, at('2025-11-19T23:30:00Z'))).toBe(1);
    // 21/11 00:30 in Vietnam is 20/11 in UTC; it is the second late day in Vietnam.
    expect(daysLate(due, at('2025-11-20T17:30:00Z'))).toBe(2);
  });

  it('counts partial days for a deadline that is not at midnight', () => {
    const afternoon = at('2025-11-20T17:00:00+07:00');
    expect(daysLate(afternoon, at('2025-11-20T16:59:59+07:00'))).toBe(0);
    expect(daysLate(afternoon, at('2025-11-20T17:00:00+07:00'))).toBe(1);
    expect(daysLate(afternoon, at('2025-11-21T08:00:00+07:00'))).toBe(2);
  });

  it('rejects invalid instants', () => {
    const bad = new Date('not a date');
    expect(() => isLate(bad, due)).toThrow(RangeError);
    expect(() => isLate(due, bad)).toThrow(/Hạn nộp không phải là một thời điểm hợp lệ/);
    expect(() => daysLate(bad, due)).toThrow(RangeError);
    expect(() => daysLate(due, bad)).toThrow(RangeError);
    expect(() => localDay(bad)).toThrow(RangeError);
    expect(() => formatVi(bad)).toThrow(RangeError);
  });
});

describe('localDay and formatVi', () => {
  it('reads days and times in Vietnam', () => {
    expect(localDay(at('2025-11-19T17:00:00Z'))).toBe('2025-11-20');
    expect(localDay(at('2025-11-19T16:59:59Z'))).toBe('2025-11-19');
    expect(localDay(at('2024-12-31T18:00:00Z'))).toBe('2025-01-01');
    expect(formatVi(dueBefore('2025-11-20'))).toBe('20/11/2025 00:00');
    expect(formatVi(at('2019-04-19T09:05:00Z'))).toBe('19/04/2019 16:05');
    expect(formatVi(at('2024-12-31T23:59:00+07:00'))).toBe('31/12/2024 23:59');
  });

  it('gives the same day as the calendar for any instant, asked in any order (the day is kept per hour)', () => {
    const direct = (ms: number) => DateTime.fromMillis(ms, { zone: WORK_ZONE }).toISODate();
    fc.assert(
      fc.property(fc.array(fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2100, 0, 1) }), { minLength: 1, maxLength: 20 }), (instants) => {
        // Each instant, then the last second before and the first second of its UTC hour's neighbours.
        for (const ms of instants.flatMap((x) => [x, x - (x % 3_600_000) - 1, x - (x % 3_600_000) + 3_600_000])) {
          expect(localDay(new Date(ms))).toBe(direct(ms));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('addDays and parseDay work on calendar days', () => {
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(parseDay('2025-11-20').toISO()).toBe('2025-11-20T00:00:00.000+07:00');
  });
});

describe('HolidayCalendar', () => {
  const calendar = loadBuiltInHolidays();

  it('treats Saturday and Sunday as rest days', () => {
    expect(calendar.isRestDay('2025-11-22')).toBe(true); // Saturday
    expect(calendar.isRestDay('2025-11-23')).toBe(true); // Sunday
    expect(calendar.isRestDay('2025-11-24')).toBe(false); // Monday
    expect(calendar.holidayName('2025-11-22')).toBeNull();
  });

  it('knows the listed holidays by name', () => {
    expect(calendar.isRestDay('2025-09-02')).toBe(true);
    expect(calendar.holidayName('2025-09-02')).toBe('Quốc khánh (2/9)');
    expect(calendar.holidayName('2021-02-12')).toBe('Tết Nguyên đán');
    expect(calendar.holidayName('2019-04-15')).toBe('Nghỉ bù Giỗ Tổ Hùng Vương');
    expect(calendar.holidayName('2020-04-02')).toBe('Giỗ Tổ Hùng Vương');
    expect(calendar.holidayName('2021-04-21')).toBe('Giỗ Tổ Hùng Vương');
    expect(calendar.holidayName('2025-11-20')).toBeNull();
  });

  it('covers the fixed holidays of every year 2019–2026', () => {
    for (let year = 2019; year <= 2026; year++) {
      for (const md of ['01-01', '04-30', '05-01', '09-02']) {
        expect(calendar.holidayName(`${year}-${md}`)).not.toBeNull();
      }
      const tet = calendar.days.filter((d) => d.date.startsWith(`${year}-`) && d.name === 'Tết Nguyên đán');
      expect(tet.length).toBeGreaterThanOrEqual(7);
      expect(calendar.days.some((d) => d.date.startsWith(`${year}-`) && d.name === 'Giỗ Tổ Hùng Vương')).toBe(true);
      if (year >= 2021) {
        expect(calendar.days.some((d) => d.date.startsWith(`${year}-09-`) && /liền kề/.test(d.name))).toBe(true);
      }
    }
  });

  it('has the announced Tết breaks of 2019–2021', () => {
    const tetDays = (year: number) =>
      calendar.days.filter((d) => d.date.startsWith(`${year}-`) && d.name === 'Tết Nguyên đán').map((d) => d.date);
    expect(tetDays(2019)[0]).toBe('2019-02-02');
    expect(tetDays(2019).at(-1)).toBe('2019-02-10');
    expect(tetDays(2020)).toEqual(['2020-01-23', '2020-01-24', '2020-01-25', '2020-01-26', '2020-01-27', '2020-01-28', '2020-01-29']);
    expect(tetDays(2021)).toEqual(['2021-02-10', '2021-02-11', '2021-02-12', '2021-02-13', '2021-02-14', '2021-02-15', '2021-02-16']);
  });

  it('keeps the data file well-formed and sorted', () => {
    expect(holidayData.source).toMatch(/quản trị viên phải kiểm tra/);
    const dates = holidayData.days.map((d) => d.date);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it('finds the next working day', () => {
    expect(calendar.nextWorkingDay('2025-11-20')).toBe('2025-11-21');
    expect(calendar.nextWorkingDay('2025-11-21')).toBe('2025-11-24'); // over a weekend
    expect(calendar.nextWorkingDay('2021-02-09')).toBe('2021-02-17'); // over Tết 2021
    expect(calendar.nextWorkingDay('2025-04-29')).toBe('2025-05-05'); // over 30/4–4/5/2025
  });

  it('works with an admin-supplied list', () => {
    const custom = new HolidayCalendar([{ date: '2025-11-20', name: 'Ngày Nhà giáo (thử)' }]);
    expect(custom.isRestDay('2025-11-20')).toBe(true);
    expect(custom.nextWorkingDay('2025-11-19')).toBe('2025-11-21');
    expect(custom.isRestDay('2025-09-02')).toBe(false);
  });

  it('rejects bad data', () => {
    expect(() => new HolidayCalendar([{ date: '2025-02-30', name: 'X' }])).toThrow(/Ngày nghỉ "2025-02-30" không tồn tại/);
    expect(() => new HolidayCalendar([{ date: '2025-09-02', name: '  ' }])).toThrow(/chưa có tên/);
    expect(
      () =>
        new HolidayCalendar([
          { date: '2025-09-02', name: 'A' },
          { date: '2025-09-02', name: 'B' },
        ]),
    ).toThrow(/khai báo nhiều lần/);
    expect(() => calendar.isRestDay('2025-9-2')).toThrow(RangeError);
    expect(() => calendar.holidayName('2025-02-30')).toThrow(RangeError);
    expect(() => calendar.nextWorkingDay('hôm nay')).toThrow(RangeError);
  });

  it('gives up on a calendar with no working day in sight', () => {
    const days = Array.from({ length: 100 }, (_, i) => ({ date: addDays('2030-01-01', i), name: 'Nghỉ' }));
    expect(() => new HolidayCalendar(days).nextWorkingDay('2029-12-31')).toThrow(/Không tìm thấy ngày làm việc/);
  });
});

describe('rollForward (Civil Code art. 148)', () => {
  const calendar = loadBuiltInHolidays();
  const roll = (due: Date) => rollForward(due, calendar).toISOString();

  it('leaves a deadline whose last day is a working day unchanged', () => {
    // Before 20/11/2025 (Thursday): last day Wednesday 19/11.
    expect(roll(dueBefore('2025-11-20'))).toBe(dueBefore('2025-11-20').toISOString());
    // Seed 003: before Saturday 20/4/2019, last day Friday 19/4: no change even though D is a Saturday.
    expect(roll(dueBefore('2019-04-20'))).toBe('2019-04-19T17:00:00.000Z');
    expect(roll(dueBefore('2019-05-15'))).toBe('2019-05-14T17:00:00.000Z');
    expect(roll(dueBefore('2019-06-21'))).toBe('2019-06-20T17:00:00.000Z');
  });

  it('moves a last day on Saturday to the end of Monday', () => {
    // Before Sunday 21/4/2019: last day Saturday 20/4 → ends with Monday 22/4 → before Tuesday 23/4.
    expect(roll(at('2019-04-21T00:00:00+07:00'))).toBe('2019-04-22T17:00:00.000Z');
    expect(formatVi(rollForward(at('2019-04-21T00:00:00+07:00'), calendar))).toBe('23/04/2019 00:00');
  });

  it('moves a last day on Sunday to the end of Monday', () => {
    // Before Monday 24/11/2025: last day Sunday 23/11 → before Tuesday 25/11.
    expect(roll(dueBefore('2025-11-24'))).toBe(dueBefore('2025-11-25').toISOString());
  });

  it('moves a last day inside Tết 2021 past the whole break', () => {
    // Before 11/2/2021: last day 10/2 (29 Tết). Break 10/2–16/2, first working day Wednesday 17/2.
    expect(roll(dueBefore('2021-02-11'))).toBe(dueBefore('2021-02-18').toISOString());
    // Before 15/2/2021 (last day Sunday 14/2, mùng 3 Tết): same result.
    expect(roll(dueBefore('2021-02-15'))).toBe(dueBefore('2021-02-18').toISOString());
    // The day after the break is a working day: nothing to move.
    expect(roll(dueBefore('2021-02-18'))).toBe(dueBefore('2021-02-18').toISOString());
  });

  it('moves a last day on a holiday adjoining a weekend (30/4–4/5/2025)', () => {
    expect(roll(dueBefore('2025-05-01'))).toBe(dueBefore('2025-05-06').toISOString());
  });

  it('moves a last day on a compensatory day (15/4/2019, Giỗ Tổ)', () => {
    // Before 16/4/2019: last day Monday 15/4, nghỉ bù → ends with Tuesday 16/4 → before Wednesday 17/4.
    expect(roll(dueBefore('2019-04-16'))).toBe(dueBefore('2019-04-17').toISOString());
  });

  it('treats a deadline during the day as ending that day', () => {
    // Due Saturday 22/11/2025 17:00: last day Saturday → before Tuesday 25/11.
    expect(roll(at('2025-11-22T17:00:00+07:00'))).toBe(dueBefore('2025-11-25').toISOString());
    // Due Friday 21/11/2025 17:00: Friday is a working day, unchanged.
    expect(roll(at('2025-11-21T17:00:00+07:00'))).toBe('2025-11-21T10:00:00.000Z');
  });

  it('never moves a deadline earlier, and is idempotent', () => {
    let day = '2019-01-01';
    for (let i = 0; i < 8 * 366; i += 3) {
      const due = dueBefore(day);
      const rolled = rollForward(due, calendar);
      expect(rolled.getTime()).toBeGreaterThanOrEqual(due.getTime());
      expect(rollForward(rolled, calendar).getTime()).toBe(rolled.getTime());
      expect(calendar.isRestDay(localDay(new Date(rolled.getTime() - 1)))).toBe(false);
      day = addDays(day, 3);
    }
  });

  it('rejects an invalid deadline', () => {
    expect(() => rollForward(new Date(NaN), calendar)).toThrow(RangeError);
  });
});

describe('Decree 09/2019 periods', () => {
  it.each([
    [1, '2024-12-15', '2025-01-14'],
    [2, '2025-01-15', '2025-02-14'],
    [3, '2025-02-15', '2025-03-14'],
    [4, '2025-03-15', '2025-04-14'],
    [5, '2025-04-15', '2025-05-14'],
    [6, '2025-05-15', '2025-06-14'],
    [7, '2025-06-15', '2025-07-14'],
    [8, '2025-07-15', '2025-08-14'],
    [9, '2025-08-15', '2025-09-14'],
    [10, '2025-09-15', '2025-10-14'],
    [11, '2025-10-15', '2025-11-14'],
    [12, '2025-11-15', '2025-12-14'],
  ])('month %i of 2025 runs %s → %s', (index, start, end) => {
    expect(periodWindow('MONTH', 2025, index)).toEqual({
      kind: 'MONTH',
      year: 2025,
      index,
      start,
      end,
      label: `Tháng ${index}/2025`,
    });
  });

  it.each([
    [1, '2024-12-15', '2025-03-14', 'Quý I/2025'],
    [2, '2025-03-15', '2025-06-14', 'Quý II/2025'],
    [3, '2025-06-15', '2025-09-14', 'Quý III/2025'],
    [4, '2025-09-15', '2025-12-14', 'Quý IV/2025'],
  ])('quarter %i of 2025 runs %s → %s', (index, start, end, label) => {
    expect(periodWindow('QUARTER', 2025, index)).toMatchObject({ start, end, label });
  });

  it('has the two half-years and the year of 2025', () => {
    expect(periodWindow('HALF_YEAR', 2025, 1)).toMatchObject({
      start: '2024-12-15',
      end: '2025-06-14',
      label: '6 tháng đầu năm 2025',
    });
    expect(periodWindow('HALF_YEAR', 2025, 2)).toMatchObject({
      start: '2025-06-15',
      end: '2025-12-14',
      label: '6 tháng cuối năm 2025',
    });
    expect(periodWindow('YEAR', 2025, 1)).toMatchObject({ start: '2024-12-15', end: '2025-12-14', label: 'Năm 2025' });
  });

  it('tiles each year without gaps or overlaps', () => {
    const kinds: [PeriodKind, number][] = [
      ['MONTH', 12],
      ['QUARTER', 4],
      ['HALF_YEAR', 2],
      ['YEAR', 1],
    ];
    for (const [kind, count] of kinds) {
      let window = periodWindow(kind, 2024, count);
      for (let i = 0; i < count * 2; i++) {
        const next = nextPeriod(kind, window.year, window.index);
        expect(next.start).toBe(addDays(window.end, 1));
        window = next;
      }
    }
  });

  it('moves to the next period across a year boundary', () => {
    expect(nextPeriod('MONTH', 2025, 12)).toMatchObject({ year: 2026, index: 1, start: '2025-12-15', end: '2026-01-14' });
    expect(nextPeriod('QUARTER', 2025, 4)).toMatchObject({ year: 2026, index: 1, label: 'Quý I/2026' });
    expect(nextPeriod('HALF_YEAR', 2025, 2)).toMatchObject({ year: 2026, index: 1, start: '2025-12-15' });
    expect(nextPeriod('YEAR', 2025, 1)).toMatchObject({ year: 2026, label: 'Năm 2026', end: '2026-12-14' });
    expect(nextPeriod('MONTH', 2025, 3).label).toBe('Tháng 4/2025');
    expect(nextPeriod('HALF_YEAR', 2025, 1).label).toBe('6 tháng cuối năm 2025');
  });

  it('finds the period containing a day', () => {
    expect(periodContaining('MONTH', '2024-12-15').label).toBe('Tháng 1/2025');
    expect(periodContaining('MONTH', '2024-12-14').label).toBe('Tháng 12/2024');
    expect(periodContaining('MONTH', '2025-03-14').label).toBe('Tháng 3/2025');
    expect(periodContaining('QUARTER', '2024-12-20').label).toBe('Quý I/2025');
    expect(periodContaining('QUARTER', '2025-03-15').label).toBe('Quý II/2025');
    expect(periodContaining('QUARTER', '2025-12-14').label).toBe('Quý IV/2025');
    expect(periodContaining('HALF_YEAR', '2025-06-14').label).toBe('6 tháng đầu năm 2025');
    expect(periodContaining('HALF_YEAR', '2025-06-15').label).toBe('6 tháng cuối năm 2025');
    expect(periodContaining('YEAR', '2025-12-15').label).toBe('Năm 2026');
    expect(periodContaining('YEAR', '2025-01-01').label).toBe('Năm 2025');
  });

  it('agrees with periodWindow for every day of 2025', () => {
    for (const kind of ['MONTH', 'QUARTER', 'HALF_YEAR', 'YEAR'] as PeriodKind[]) {
      for (let day = '2025-01-01'; day <= '2025-12-31'; day = addDays(day, 1)) {
        const window = periodContaining(kind, day);
        expect(window.start <= day && day <= window.end).toBe(true);
      }
    }
  });

  it('rejects bad kinds, years and indexes', () => {
    expect(() => periodWindow('MONTH', 2025, 0)).toThrow(/tháng "0" không hợp lệ \(phải từ 1 đến 12\)/);
    expect(() => periodWindow('MONTH', 2025, 13)).toThrow(RangeError);
    expect(() => periodWindow('MONTH', 2025, 1.5)).toThrow(RangeError);
    expect(() => periodWindow('QUARTER', 2025, 5)).toThrow(/quý "5" không hợp lệ/);
    expect(() => periodWindow('HALF_YEAR', 2025, 3)).toThrow(RangeError);
    expect(() => periodWindow('YEAR', 2025, 2)).toThrow(/Kỳ báo cáo năm chỉ có số thứ tự 1/);
    expect(() => periodWindow('WEEK' as PeriodKind, 2025, 1)).toThrow(/Loại kỳ báo cáo "WEEK" không hợp lệ/);
    expect(() => periodWindow('YEAR', 2025.5, 1)).toThrow(/Năm báo cáo/);
    expect(() => periodWindow('YEAR', NaN, 1)).toThrow(RangeError);
    expect(() => nextPeriod('QUARTER', 2025, 0)).toThrow(RangeError);
    expect(() => periodContaining('MONTH', '2025-02-30')).toThrow(/Ngày cần xét "2025-02-30" không tồn tại/);
    expect(() => periodContaining('DAY' as PeriodKind, '2025-02-10')).toThrow(RangeError);
  });
});
