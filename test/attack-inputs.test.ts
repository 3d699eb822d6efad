import fc from 'fast-check';
import ExcelJS from 'exceljs';
import { print } from 'graphql';
import {
  AttackApproveDocument,
  AttackAssignTargetsDocument,
  AttackConsolidatedDocument,
  AttackCreateCampaignDocument,
  AttackCreateTemplateDocument,
  AttackHolidaysDocument,
  AttackImportWorkbookDocument,
  AttackLoginDocument,
  AttackNextWorkingDeadlineDocument,
  AttackNotificationsDocument,
  AttackOutboxDocument,
  AttackOverdueReportsDocument,
  AttackProgressDocument,
  AttackPublishTemplateDocument,
  AttackReportDocument,
  AttackReportsDocument,
  AttackReturnDocument,
  AttackSaveValuesDocument,
  AttackSubmitDocument,
  AttackTargetsDocument,
  AttackUnapproveDocument,
  AttackUnitDocument,
  AttackUnitsDocument,
  AttackUnitTimelinessDocument,
  AttackUpdateTemplateDocument,
  ApproveReportDocument,
  CreateCampaignDocument,
  CreateScheduleDocument,
  CreateTemplateDocument,
  ExcelBlankWorkbookDocument,
  ExcelReportWorkbookDocument,
  ReportsDocument,
  SaveReportValuesDocument,
  SubmitReportDocument,
} from './generated/graphql';
import { startTestHub, TestHub } from './support/harness';
import { asValues, createSeed003Round, Fixture, FIXTURE_CSV, FixtureUser, loadFixture, SEED_003_DEADLINES, SON_DUONG_COMMUNES, versionOf } from './support/fixture';
import { Answer, expectRefused, fingerprint, post, quickFingerprint, send } from './support/attack';
import { MIN_HOLIDAY_YEAR, MAX_HOLIDAY_YEAR } from '../src/deadlines/holiday.service';
import { isRealDay } from '../src/common/text';
import { isStoredId } from '../src/common/ids';
import bhytCoverage from '../src/templates/builtin/bhyt-coverage.template.json';
import ct38Review from '../src/templates/builtin/ct38-review.template.json';

/**
 * Proof by attack: thousands of generated bad inputs, sent through the real HTTP server with real logins. Each
 * must be refused with a clean, coded, Vietnamese error (never INTERNAL_SERVER_ERROR, never a stack), and must
 * leave the database exactly as it was: a quick fingerprint (counts, highest ids, report versions) is compared
 * around every single request, and a full one (every row of every table, hashed) around every property.
 */

const LONG_TOKEN_TTL = 400 * 24 * 3600;

// ---------------------------------------------------------------------------------------------------------------
// Shared generators

/** Characters that break naive code: control characters, NUL, bidi overrides, lone surrogates, SQL and LIKE syntax. */
const NASTY_CHARS = ['\u0000', '\u0001', '\u0008', '\u001b', '\u007f', '\u0085', '\u200b', '\u202e', '\u2028', '\ufeff', '\ufffd', '\ud800', '\udfff', '\ud83d\ude00', "'", '"', '`', ';', '--', '/*', '*/', '%', '_', '\\', '\n', '\r', '\t', 'Đ', 'ư', 'ệ', 'ﷺ', '𝟘'];

const SQL_LOOKING = [
  "'; DROP TABLE report; --",
  "' OR '1'='1",
  "1; DELETE FROM report_value",
  '" OR ""="',
  "POP') OR 1=1 --",
  "x' UNION SELECT password_hash FROM app_user --",
  '%',
  '_',
  '\\',
  'NULL',
  'undefined',
  '__proto__',
  'constructor',
  '${7*7}',
  '{{7*7}}',
  '<script>alert(1)</script>',
];

/** Text of every kind, including what should never reach a database unchecked. */
const anyText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.string({ unit: fc.constantFrom(...NASTY_CHARS), minLength: 1, maxLength: 12 }),
  fc.constantFrom(...SQL_LOOKING),
);

/** Text with at least one character that cannot be stored (NUL or a lone surrogate). */
const unstorableText = fc
  .tuple(fc.string({ maxLength: 10 }), fc.constantFrom('\u0000', '\ud800', '\udc00', 'a\u0000b', '\udbff'), fc.string({ maxLength: 10 }))
  .map(([a, bad, b]) => a + bad + b);

/**
 * `count` copies of a short random piece: long strings without generating them character by character. Still at
 * least `min` long once trimmed, since the hub trims what it stores (" a" × 33 is a valid 64-character number).
 */
const longText = (min: number, max: number) =>
  fc
    .tuple(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 3 }), fc.integer({ min, max }))
    .map(([piece, length]) => piece.repeat(Math.ceil(length / piece.length)).slice(0, Math.max(length, 1)))
    .filter((text) => text.trim().length >= min);

/** Values that are not what a GraphQL Float, Int, ID or String accepts: graphql-js refuses them before the hub. */
const notANumber = fc.oneof(
  fc.constantFrom('NaN', 'Infinity', '-Infinity', '1e5', '12,5', '204.908', '0x10', '', ' ', 'null', 'true'),
  anyText,
  fc.boolean(),
  fc.constant({}),
  fc.constant([]),
  fc.constant([1, 2]),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.integer(), { maxKeys: 3 }),
);

/**
 * Ids that name no report: not a positive integer of at most 15 digits, or one no report has (among them the
 * largest a 32-bit id column holds and the first past it, which PostgreSQL refuses to compare with one).
 */
const weirdId = fc.oneof(
  fc.constantFrom('-1', '0', '-0', '00', '1.5', '1e3', '0x10', ' 1', '1 ', '+1', '١٢', 'NaN', 'Infinity', 'null', '', '2147483647', '2147483648', '4294967296', '9223372036854775807', '9223372036854775808', '18446744073709551616', '99999999999999999999999', "1' OR '1'='1", '1; DROP TABLE report'),
  anyText.filter((s) => !/^\d+$/.test(s)),
  fc.bigInt({ min: 10n ** 15n, max: 2n ** 80n }).map(String),
  fc.integer({ min: -(2 ** 31), max: -1 }).map(String),
  fc.integer({ min: 100_000, max: 10 ** 12 }).map(String),
  fc.integer({ min: -(2 ** 31), max: 0 }),
);

/** Ids of the wrong JSON type: graphql-js refuses them as IDs. */
const wrongTypeId = fc.oneof(fc.double({ noInteger: true, noNaN: true, noDefaultInfinity: true }), fc.boolean(), fc.constant({}), fc.constant([]), fc.constant(null));

/** A day that does not exist or is not written YYYY-MM-DD. */
const badDay = fc.oneof(
  fc.constantFrom('2025-02-30', '2025-13-01', '9999-99-99', '2021-00-10', '2021-02-29', '2021-1-5', '21-01-05', '2021-01-05T00:00:00Z', '20210105', '05/01/2021', '2021/01/05', ' 2021-01-05', '2021-01-05 ', ''),
  anyText,
).filter((s) => !isRealDay(s));

/** Every unit code of the fixture: generated "unknown" codes must not be one of them. */
const KNOWN_UNIT_CODES = new Set(FIXTURE_CSV.split('\n').slice(1).filter(Boolean).flatMap((line) => [1, 3, 5].map((k) => line.split(',')[k])));

const b64url = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value), 'utf8').toString('base64url');

/** Whether the hub would read `after` as a cursor (mirrors decodeCursor): generated bad cursors must not be. */
function readsAsCursor(after: string): boolean {
  if (after === '') return true; // an empty cursor means "from the start"
  try {
    const parsed = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
    return Array.isArray(parsed) && typeof parsed[0] === 'string' && typeof parsed[1] === 'number' && isStoredId(parsed[1]);
  } catch {
    return false;
  }
}

const badCursor = fc
  .oneof(
    anyText,
    fc.constantFrom(b64url('["x",1.5]'), b64url('["x","1"]'), b64url('[1,2]'), b64url('{"key":"x","id":1}'), b64url('[]'), b64url('null'), b64url('["x"]'), b64url('["x",1e400]'), b64url('["x",3000000000]'), b64url('["x",1e21]'), b64url('["x",0]'), 'WyJ4IiwxXQ=', '====', 'Wy'),
    fc.jsonValue({ maxDepth: 3 }).map(b64url),
  )
  .filter((s) => !readsAsCursor(s));

const badFirst = fc.oneof(fc.integer({ min: -(2 ** 31), max: 0 }), fc.integer({ min: 501, max: 2 ** 31 - 1 }), fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, 1.5, '10', 'abc', true, [], {}));

/**
 * Runs one property, then proves with the full fingerprint that no row of any table changed. `ignore` names
 * tables a refusal is meant to write to (failed logins are counted in the database).
 */
async function attack<T>(t: TestHub, arbitrary: fc.Arbitrary<T>, numRuns: number, run: (input: T) => Promise<void>, ignore: string[] = []): Promise<void> {
  const before = await fingerprint(t, ignore);
  await fc.assert(
    fc.asyncProperty(arbitrary, async (input) => {
      const quick = await quickFingerprint(t, ignore);
      await run(input);
      const after = await quickFingerprint(t, ignore);
      if (after !== quick) throw new Error(`something was written:\n before ${quick}\n after  ${after}`);
    }),
    { numRuns },
  );
  expect(await fingerprint(t, ignore)).toEqual(before);
}

// ---------------------------------------------------------------------------------------------------------------
// The forms' cells, from the built-in definitions

interface IndicatorJson {
  code: string;
  kind: string;
  valueType: string;
  aggregation: string;
  columns?: string;
  levels?: string[];
}

function cellsOf(definition: { indicators: unknown[]; columnSets?: { code: string; items: { code: string }[] }[] }, level: string) {
  const sets = new Map((definition.columnSets ?? []).map((s) => [s.code, s.items.map((i) => i.code)]));
  const cells: { code: string; indicator: IndicatorJson }[] = [];
  for (const ind of definition.indicators as IndicatorJson[]) {
    if (ind.levels && !ind.levels.includes(level)) continue;
    for (const column of ind.columns ? sets.get(ind.columns)! : [null]) cells.push({ code: column ? `${ind.code}.${column}` : ind.code, indicator: ind });
  }
  return cells;
}

const BHYT_CELLS = cellsOf(bhytCoverage, 'COMMUNE');
const BHYT_CODES = new Set(BHYT_CELLS.map((c) => c.code));
const BHYT_ENTERED_NUMBERS = BHYT_CELLS.filter((c) => c.indicator.kind === 'ENTERED' && c.indicator.valueType === 'INTEGER').map((c) => c.code);
const BHYT_TEXTS = BHYT_CELLS.filter((c) => c.indicator.valueType === 'TEXT').map((c) => c.code);
const BHYT_COMPUTED = BHYT_CELLS.filter((c) => c.indicator.kind === 'DERIVED' || c.indicator.kind === 'ASSIGNED').map((c) => c.code);

const CT38_CELLS = cellsOf(ct38Review as unknown as { indicators: unknown[]; columnSets: { code: string; items: { code: string }[] }[] }, 'COMMUNE');
const CT38_CODES = new Set(CT38_CELLS.map((c) => c.code));
const ct38Cells = (kind: string, valueType: string, withColumns: boolean) =>
  CT38_CELLS.filter((c) => c.indicator.kind === kind && c.indicator.valueType === valueType && !!c.indicator.columns === withColumns).map((c) => c.code);

// ---------------------------------------------------------------------------------------------------------------

describe('attacks on report values, ids, workflow steps, paging, dates and unit codes', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const bhyt = new Map<string, string>();
  const ct38 = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: LONG_TOKEN_TTL });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    campaignId = round.campaignId;
    for (const [code, r] of round.reports) bhyt.set(code, r.id);
    // A draft with figures, a report waiting for review and an approved one: each state has something to lose.
    const fill = async (code: '02536' | '02539' | '02542', user: FixtureUser) => {
      const id = bhyt.get(code)!;
      const values = [...asValues(SON_DUONG_COMMUNES[code]), { code: 'STRENGTHS', text: 'Cấp ủy, chính quyền quan tâm chỉ đạo.' }];
      return (await t.ok(SaveReportValuesDocument, { reportId: id, values, expectedVersion: await versionOf(t, f.adminToken, id) }, f.tokens[user])).saveReportValues.version;
    };
    await fill('02536', 'communeSonDuong');
    await t.ok(SubmitReportDocument, { reportId: bhyt.get('02539')!, expectedVersion: await fill('02539', 'communeTrungYen') }, f.tokens.communeTrungYen);
    await t.ok(SubmitReportDocument, { reportId: bhyt.get('02542')!, expectedVersion: await fill('02542', 'communeMinhThanh') }, f.tokens.communeMinhThanh);
    await t.ok(ApproveReportDocument, { reportId: bhyt.get('02542')!, expectedVersion: await versionOf(t, f.adminToken, bhyt.get('02542')!) }, f.tokens.districtSonDuongApprover);

    const review = await t.ok(
      CreateCampaignDocument,
      {
        input: {
          name: 'Tổng kết 10 năm thực hiện Chỉ thị 38-CT/TW',
          documentNumber: '134-KH/TU',
          templateCode: 'CT38_REVIEW',
          periodStart: '2009-01-01',
          periodEnd: '2018-12-31',
          rootUnitCode: '08',
          levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
          deadlines: SEED_003_DEADLINES,
        },
      },
      f.adminToken,
    );
    const listed = await t.ok(ReportsDocument, { campaignId: review.createCampaign.id, first: 50 }, f.adminToken);
    for (const e of listed.reports.edges) ct38.set(e.node.unitCode, e.node.id);
  });
  afterAll(() => t.close());

  it('saveReportValues refuses every list with one bad value in it, however many good ones come along (450 lists)', async () => {
    const id = bhyt.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const good = fc.record({ code: fc.constantFrom(...BHYT_ENTERED_NUMBERS), value: fc.integer({ min: 0, max: 1_000_000 }) });
    const intCode = fc.constantFrom(...BHYT_ENTERED_NUMBERS);
    const textCode = fc.constantFrom(...BHYT_TEXTS);
    const bad = fc.oneof(
      // codes the form does not have, cells of columns it does not have, SQL and control characters in codes
      fc.record({ code: anyText.filter((s) => !BHYT_CODES.has(s)), value: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ code: fc.tuple(intCode, fc.stringMatching(/^[A-Z0-9_]{1,8}$/)).map(([c, col]) => `${c}.${col}`), value: fc.integer({ min: 0, max: 1000 }) }),
      fc.record({ code: longText(65, 100_000), value: fc.constant(1) }),
      // numbers a count cannot be
      fc.record({ code: intCode, value: fc.double({ min: -1e300, max: -Number.MIN_VALUE, noNaN: true, noDefaultInfinity: true }) }),
      fc.record({ code: intCode, value: fc.integer({ min: -(2 ** 31), max: -1 }) }),
      fc.record({ code: intCode, value: fc.double({ min: 0, max: 1e9, noNaN: true, noInteger: true }) }),
      fc.record({ code: intCode, value: fc.oneof(fc.double({ min: 1.0000001e12, max: 1.7e308, noNaN: true, noDefaultInfinity: true }), fc.constantFrom(2 ** 53, 2 ** 63, 1e15, Number.MAX_VALUE)) }),
      // the wrong field for the cell, cells nobody enters, text that cannot be stored or is too long
      fc.record({ code: intCode, text: anyText }),
      fc.record({ code: intCode, value: fc.integer({ min: 0, max: 100 }), text: anyText }),
      fc.record({ code: textCode, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
      fc.record({ code: fc.constantFrom(...BHYT_COMPUTED), value: fc.double({ min: 0, max: 100, noNaN: true }) }),
      fc.record({ code: textCode, text: unstorableText }),
      fc.record({ code: textCode, text: longText(20_001, 30_000) }),
      // what graphql-js refuses: wrong types, missing or unknown fields
      fc.record({ code: intCode, value: notANumber }),
      fc.record({ code: fc.oneof(fc.integer(), fc.constant(null), fc.constant({}), fc.constant([])), value: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ value: fc.integer({ min: 0, max: 10 }) }),
      fc.record({ code: intCode, value: fc.integer({ min: 0, max: 10 }), extra: anyText }),
      fc.constantFrom(null, 'POP', 42, [], [{ code: 'POP', value: 1 }]),
    );
    const lists = fc.oneof(
      { weight: 12, arbitrary: fc.tuple(fc.array(good, { maxLength: 6 }), bad, fc.array(fc.oneof(good, bad), { maxLength: 3 }), fc.nat()).map(([goods, one, more, at]) => {
        const list: unknown[] = [...goods, ...more];
        list.splice(at % (list.length + 1), 0, one);
        return list;
      }) },
      // the same good cell twice; nothing at all; not a list of values
      { weight: 1, arbitrary: good.map((g) => [g, { ...g, value: g.value + 1 }]) },
      { weight: 1, arbitrary: fc.constantFrom<unknown>([], null, 'POP=1', 0, {}) },
    );
    await attack(t, lists, 450, async (values) => {
      const answer = await send(t, AttackSaveValuesDocument, { reportId: id, values, expectedVersion: version }, f.tokens.communeSonDuong);
      expectRefused(answer, { codes: ['BAD_USER_INPUT'] });
    });
  });

  it('a review form with columns refuses unknown columns, percents over 100, yes/no other than 0 and 1 (150 lists)', async () => {
    const id = ct38.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const percent = ct38Cells('ENTERED', 'PERCENT', true);
    const yesNo = ct38Cells('ENTERED', 'YES_NO', true);
    const integers = ct38Cells('ENTERED', 'INTEGER', true);
    const derived = CT38_CELLS.filter((c) => c.indicator.kind === 'DERIVED').map((c) => c.code);
    const columnIndicators = [...new Set(CT38_CELLS.filter((c) => c.indicator.columns).map((c) => c.indicator.code))];
    const good = fc.record({ code: fc.constantFrom(...integers), value: fc.integer({ min: 0, max: 10_000 }) });
    // The commune's part of the form has no decimals, but has percents, yes/no questions and derived cells.
    expect([percent.length, yesNo.length, integers.length, derived.length].every((n) => n > 0)).toBe(true);
    const bad = fc.oneof(
      fc.record({ code: fc.constantFrom(...percent), value: fc.double({ min: 100.000001, max: 1e6, noNaN: true }) }),
      fc.record({ code: fc.constantFrom(...yesNo), value: fc.oneof(fc.integer({ min: 2, max: 1000 }), fc.double({ min: 0.01, max: 0.99, noNaN: true }), fc.integer({ min: -1000, max: -1 })) }),
      fc.record({ code: fc.constantFrom(...percent, ...integers), value: fc.double({ min: -1e9, max: -1e-9, noNaN: true }) }),
      fc.record({ code: fc.constantFrom(...derived), value: fc.integer({ min: 0, max: 100 }) }),
      // an indicator with columns named without one, or with a column of another set
      fc.record({ code: fc.constantFrom(...columnIndicators), value: fc.integer({ min: 0, max: 100 }) }),
      fc.record({
        code: fc.tuple(fc.constantFrom(...columnIndicators), fc.oneof(fc.constantFrom('Y2019', 'Y2009 ', 'y2009', 'DONE', 'PARTY', '', '.'), anyText)).map(([c, col]) => `${c}.${col}`).filter((c) => !CT38_CODES.has(c)),
        value: fc.integer({ min: 0, max: 100 }),
      }),
      fc.record({ code: fc.constantFrom(...yesNo), text: fc.constantFrom('Có', 'có', 'x', 'yes') }),
    );
    const lists = fc.tuple(fc.array(good, { maxLength: 5 }), bad, fc.nat()).map(([goods, one, at]) => {
      const list: unknown[] = [...goods];
      list.splice(at % (list.length + 1), 0, one);
      return list;
    });
    await attack(t, lists, 150, async (values) => {
      expectRefused(await send(t, AttackSaveValuesDocument, { reportId: id, values, expectedVersion: version }, f.tokens.communeSonDuong), { codes: ['BAD_USER_INPUT'] });
    });
  });

  it('ids that name nothing, and reports of other units, are refused to every sender, even with a valid payload (300 requests)', async () => {
    const ids = [...bhyt.values()];
    const versions = new Map<string, number>();
    for (const id of ids) versions.set(id, await versionOf(t, f.adminToken, id));
    type Op = 'report' | 'save' | 'submit' | 'approve' | 'return' | 'unapprove';
    const request = (op: Op, id: unknown, version: unknown, token: string | null, headers?: Record<string, string>, text = 'Đề nghị rà soát lại số liệu.') => {
      switch (op) {
        case 'report':
          return send(t, AttackReportDocument, { id }, token, headers);
        case 'save':
          return send(t, AttackSaveValuesDocument, { reportId: id, values: [{ code: 'POP', value: 65000 }], expectedVersion: version }, token, headers);
        case 'submit':
          return send(t, AttackSubmitDocument, { reportId: id, expectedVersion: version, note: text }, token, headers);
        case 'approve':
          return send(t, AttackApproveDocument, { reportId: id, expectedVersion: version, comment: text }, token, headers);
        case 'return':
          return send(t, AttackReturnDocument, { reportId: id, expectedVersion: version, reason: text }, token, headers);
        case 'unapprove':
          return send(t, AttackUnapproveDocument, { reportId: id, expectedVersion: version, reason: text }, token, headers);
      }
    };
    const ops: Op[] = ['report', 'save', 'submit', 'approve', 'return', 'unapprove'];
    const mutations = ops.filter((o) => o !== 'report');
    const of = (code: string) => bhyt.get(code)!;
    // Who may not do what to which report (with its current version): outside one's subtree, NOT_FOUND; inside
    // it but not one's to act on, FORBIDDEN; one's own but not in this state, INVALID_TRANSITION.
    const strangers: [FixtureUser, Op[], string[]][] = [
      ['communeThanhHa', ops, ids], // another province: sees nothing of this round
      ['districtThanhHaApprover', ops, ids],
      ['communeHungLoi', ops, ids.filter((id) => id !== of('02455'))], // Yên Sơn's commune: not Sơn Dương's
      ['communeTrungYen', ops, [of('02536'), of('02542'), of('076'), of('08')]], // a sibling commune
      ['districtYenSonApprover', ops, [of('02536'), of('02539'), of('02542'), of('076')]],
      ['districtSonDuongMonitor', mutations, [of('02536'), of('02539'), of('02542'), of('076')]],
      ['provinceMonitor', mutations, ids],
      ['communeSonDuong', ['approve', 'return', 'unapprove'], [of('02536')]], // its own report: not its to review
      ['districtSonDuongApprover', ['save', 'submit', 'approve', 'return', 'unapprove'], [of('02536')]], // a draft below it
    ];
    const strangerCase = fc.constantFrom(...strangers).chain(([user, allowed, targets]) =>
      fc.record({ kind: fc.constant('stranger' as const), user: fc.constant(user), op: fc.constantFrom(...allowed), id: fc.constantFrom(...targets), text: fc.option(anyText.filter((s) => s.trim() !== '' && !/[\u0000\ud800-\udfff]/.test(s)), { nil: undefined }) }),
    );
    const noSuchReport = fc.record({ kind: fc.constant('id' as const), op: fc.constantFrom(...ops), id: fc.oneof(weirdId, wrongTypeId) });
    const badCredentials = fc.record({
      kind: fc.constant('credentials' as const),
      op: fc.constantFrom(...ops),
      id: fc.constantFrom(...ids),
      authorization: fc.oneof(fc.constant(null), anyText.map((s) => `Bearer ${s}`), anyText, fc.constantFrom('Bearer', 'Basic cXVhbnRyaTpx', 'Bearer a.b.c', `Bearer ${'x'.repeat(5000)}`)),
    });
    await attack(t, fc.oneof({ weight: 5, arbitrary: strangerCase }, { weight: 3, arbitrary: noSuchReport }, { weight: 2, arbitrary: badCredentials }), 300, async (c) => {
      let answer: Answer;
      if (c.kind === 'stranger') {
        answer = await request(c.op, c.id, versions.get(c.id)!, f.tokens[c.user], undefined, c.text);
        expectRefused(answer, { codes: ['NOT_FOUND', 'FORBIDDEN', 'INVALID_TRANSITION'] });
      } else if (c.kind === 'id') {
        answer = await request(c.op, c.id, 1, f.tokens.communeSonDuong);
        expectRefused(answer, { codes: ['NOT_FOUND', 'BAD_USER_INPUT'] });
      } else {
        const headers: Record<string, string> = c.authorization == null ? {} : { authorization: c.authorization.replace(/[\r\n\u0000]/g, ' ') };
        try {
          answer = await request(c.op, c.id, versions.get(c.id)!, null, headers);
        } catch {
          return; // a header the HTTP client itself refuses to send (non-Latin-1 bytes) never reaches the hub
        }
        expectRefused(answer, { codes: ['UNAUTHENTICATED'] });
      }
    });
  });

  it('workflow steps out of turn, stale versions, blank reasons and malformed idempotency keys change nothing (220 requests)', async () => {
    const draft = bhyt.get('02536')!;
    const submitted = bhyt.get('02539')!;
    const approved = bhyt.get('02542')!;
    const v = new Map([draft, submitted, approved].map((id) => [id, 0]));
    for (const id of v.keys()) v.set(id, await versionOf(t, f.adminToken, id));
    const blank = fc.string({ unit: fc.constantFrom(' ', '\t', '\n', '\r', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u2028'), maxLength: 8 });
    const reason = anyText.filter((s) => s.trim() !== '' && !/[\u0000\ud800-\udfff]/.test(s));
    const staleVersion = (id: string) => fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }).filter((n) => n !== v.get(id));
    const badKey = fc.oneof(fc.string({ maxLength: 7 }), fc.string({ minLength: 101, maxLength: 200 }), anyText).filter((s) => !/^[A-Za-z0-9._:-]{8,100}$/.test(s.trim()));
    const cases = fc.oneof(
      // stale versions, right person: CONFLICT
      staleVersion(draft).map((version) => ({ doc: 'submit', id: draft, user: 'communeSonDuong', vars: { expectedVersion: version } }) as const),
      staleVersion(draft).map((version) => ({ doc: 'save', id: draft, user: 'communeSonDuong', vars: { expectedVersion: version, values: [{ code: 'POP', value: 1 }] } }) as const),
      staleVersion(submitted).map((version) => ({ doc: 'approve', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: version } }) as const),
      fc.tuple(staleVersion(submitted), reason).map(([version, r]) => ({ doc: 'return', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: version, reason: r } }) as const),
      // versions graphql-js refuses
      notANumber.map((version) => ({ doc: 'submit', id: draft, user: 'communeSonDuong', vars: { expectedVersion: version } }) as const),
      fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1.5, 2 ** 53).map((version) => ({ doc: 'approve', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: version } }) as const),
      // steps the state does not allow: INVALID_TRANSITION
      fc.option(reason, { nil: null }).map((comment) => ({ doc: 'approve', id: draft, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(draft)!, comment } }) as const),
      reason.map((r) => ({ doc: 'return', id: draft, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(draft)!, reason: r } }) as const),
      reason.map((r) => ({ doc: 'unapprove', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(submitted)!, reason: r } }) as const),
      fc.option(reason, { nil: null }).map((note) => ({ doc: 'submit', id: submitted, user: 'communeTrungYen', vars: { expectedVersion: v.get(submitted)!, note } }) as const),
      fc.constant({ doc: 'approve', id: approved, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(approved)! } } as const),
      fc.constant({ doc: 'save', id: submitted, user: 'communeTrungYen', vars: { expectedVersion: v.get(submitted)!, values: [{ code: 'POP', value: 1 }] } } as const),
      // a reason that is only spaces: BAD_USER_INPUT
      blank.map((r) => ({ doc: 'return', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(submitted)!, reason: r } }) as const),
      blank.map((r) => ({ doc: 'unapprove', id: approved, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(approved)!, reason: r } }) as const),
      // reasons, notes and comments that cannot be stored, or are far too long
      fc.oneof(unstorableText, longText(20_001, 100_000)).map((r) => ({ doc: 'return', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(submitted)!, reason: r } }) as const),
      fc.oneof(unstorableText, longText(20_001, 100_000)).map((comment) => ({ doc: 'approve', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(submitted)!, comment } }) as const),
      // idempotency keys that are not keys, on steps that would otherwise run
      badKey.map((key) => ({ doc: 'approve', id: submitted, user: 'districtSonDuongApprover', vars: { expectedVersion: v.get(submitted)!, idempotencyKey: key } }) as const),
      badKey.map((key) => ({ doc: 'submit', id: draft, user: 'communeSonDuong', vars: { expectedVersion: v.get(draft)!, idempotencyKey: key } }) as const),
    );
    const docs = { submit: AttackSubmitDocument, save: AttackSaveValuesDocument, approve: AttackApproveDocument, return: AttackReturnDocument, unapprove: AttackUnapproveDocument };
    await attack(t, cases, 220, async (c) => {
      const answer = await send(t, docs[c.doc], { reportId: c.id, ...c.vars }, f.tokens[c.user]);
      expectRefused(answer, { codes: ['CONFLICT', 'INVALID_TRANSITION', 'BAD_USER_INPUT', 'VALIDATION_FAILED'] });
    });
  });

  it('paging with a bad `first` or a forged `after` is refused on every list (350 requests)', async () => {
    type Paged = 'reports' | 'units' | 'notifications' | 'outbox' | 'overdueReports';
    const page = (list: Paged, first: unknown, after: unknown) => {
      const vars: Record<string, unknown> = {};
      if (first !== undefined) vars.first = first;
      if (after !== undefined) vars.after = after;
      switch (list) {
        case 'reports':
          return send(t, AttackReportsDocument, { campaignId, ...vars }, f.adminToken);
        case 'units':
          return send(t, AttackUnitsDocument, vars, f.adminToken);
        case 'notifications':
          return send(t, AttackNotificationsDocument, vars, f.tokens.communeSonDuong);
        case 'outbox':
          return send(t, AttackOutboxDocument, vars, f.adminToken);
        case 'overdueReports':
          return send(t, AttackOverdueReportsDocument, { campaignId, ...vars }, f.adminToken);
      }
    };
    const lists = fc.constantFrom<Paged>('reports', 'units', 'notifications', 'outbox', 'overdueReports');
    const fairFirst = fc.option(fc.integer({ min: 1, max: 500 }), { nil: undefined });
    const cases = fc.oneof(
      fc.record({ list: lists, first: badFirst, after: fc.option(fc.oneof(badCursor, fc.constant('')), { nil: undefined }) }),
      fc.record({ list: lists, first: fairFirst, after: badCursor }),
      fc.record({ list: lists, first: fairFirst, after: fc.oneof(fc.integer(), fc.boolean(), fc.constant({}), fc.constant(['x', 1])) }),
    );
    await attack(t, cases, 350, async (c) => {
      expectRefused(await page(c.list, c.first, c.after), { codes: ['BAD_USER_INPUT'] });
    });
  });

  it('unit codes that name no unit, days that do not exist and years out of range are refused (330 requests)', async () => {
    const unknownCode = anyText.filter((s) => s.trim() !== '' && !KNOWN_UNIT_CODES.has(s.trim()));
    // Instants that are not RFC 3339 date-times, or name a moment that does not exist.
    const badInstant = fc.oneof(
      badDay.filter((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)),
      fc.constantFrom('2021-02-30T00:00:00+07:00', '2021-01-05T25:00:00Z', '2021-01-05T00:00:00', 'now', '1', '-1', '275760-09-14T00:00:00Z', '2021-01-05T00:00:00+25:00', '2021-13-05T00:00:00Z'),
    );
    const cases = fc.oneof(
      unknownCode.map((code) => ['unit', { code }] as const),
      badDay.map((at) => ['unit', { code: '08', at }] as const),
      badDay.map((at) => ['units', { at }] as const),
      unknownCode.map((parentCode) => ['units', { parentCode }] as const),
      unknownCode.map((unitCode) => ['consolidated', { campaignId, unitCode }] as const),
      unknownCode.map((unitCode) => ['progress', { campaignId, unitCode }] as const),
      unknownCode.map((unitCode) => ['overdue', { campaignId, unitCode }] as const),
      unknownCode.map((unitCode) => ['reports', { campaignId, unitCode }] as const),
      unknownCode.map((unitCode) => ['targets', { unitCode, campaignId }] as const),
      unknownCode.map((unitCode) => ['timeliness', { unitCode }] as const),
      fc.oneof(weirdId, wrongTypeId).map((id) => ['consolidated', { campaignId: id, unitCode: '076' }] as const),
      fc.oneof(weirdId, wrongTypeId).map((id) => ['progress', { campaignId: id, unitCode: '076' }] as const),
      fc.oneof(weirdId, wrongTypeId).map((id) => ['reports', { campaignId: id }] as const),
      badInstant.map((dueAt) => ['deadline', { dueAt }] as const),
      fc.oneof(fc.integer({ min: -(2 ** 31), max: MIN_HOLIDAY_YEAR - 1 }), fc.integer({ min: MAX_HOLIDAY_YEAR + 1, max: 2 ** 31 - 1 }), notANumber).map((year) => ['holidays', { year }] as const),
    );
    const docs = {
      unit: AttackUnitDocument,
      units: AttackUnitsDocument,
      consolidated: AttackConsolidatedDocument,
      progress: AttackProgressDocument,
      overdue: AttackOverdueReportsDocument,
      reports: AttackReportsDocument,
      targets: AttackTargetsDocument,
      timeliness: AttackUnitTimelinessDocument,
      deadline: AttackNextWorkingDeadlineDocument,
      holidays: AttackHolidaysDocument,
    };
    await attack(t, cases, 330, async ([query, vars]) => {
      expectRefused(await send(t, docs[query], vars, f.adminToken), { codes: ['BAD_USER_INPUT', 'NOT_FOUND'] });
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------

/** A small valid form; the template attacks break it one way at a time. */
function validForm(code = 'KT_TAN_CONG') {
  return {
    code,
    name: 'Biểu kiểm tra',
    sections: [{ code: 'I', title: 'I. Số liệu' }],
    columnSets: [{ code: 'NAM', label: 'Năm', items: [{ code: 'Y2023', label: '2023' }, { code: 'Y2024', label: '2024' }] }],
    indicators: [
      { code: 'POP', label: 'Dân số', unit: 'người', section: 'I', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'NAM' },
      { code: 'INSURED', label: 'Có thẻ', unit: 'người', section: 'I', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'NAM' },
      { code: 'RATE', label: 'Tỷ lệ', unit: '%', section: 'I', kind: 'DERIVED', valueType: 'PERCENT', aggregation: 'RECOMPUTE', columns: 'NAM', formula: 'INSURED / POP * 100' },
      { code: 'NOTES', label: 'Ghi chú', unit: '', section: 'I', kind: 'TEXT', valueType: 'TEXT', aggregation: 'COLLECT_TEXT' },
    ],
    rules: [{ code: 'R1', left: 'INSURED', operator: '<=', right: 'POP', severity: 'ERROR', ifMissing: 'SKIP', message: 'Có thẻ ({left}) lớn hơn dân số ({right}).' }],
  };
}
type Form = ReturnType<typeof validForm> & Record<string, unknown>;

/** Values that are not a string: JSON of every other kind, including objects whose keys shadow Object.prototype. */
const notAString = fc.oneof(
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constantFrom({ toString: 1 }, { valueOf: 'x' }, { toString: 'x', valueOf: 'y' }, { __proto__: 1 }, { constructor: { name: 'X' } }, { hasOwnProperty: 0 }),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 3 }),
);

/** One way to break a valid form, each of which a definition must never survive. */
const breakForm: fc.Arbitrary<(form: Form) => unknown> = fc.oneof(
  fc.oneof(notAString, fc.constantFrom('', 'lower_case', '1ABC', 'A-B', 'A.B', 'A B', 'Ă', 'A'.repeat(49)), unstorableText).map((v) => (form: Form) => ({ ...form, code: v })),
  fc.oneof(notAString, fc.constantFrom('', '   '), longText(301, 5000)).map((v) => (form: Form) => ({ ...form, name: v })),
  fc.oneof(fc.constant(undefined), notAString.filter((v) => !Array.isArray(v)), fc.constant([])).map((v) => (form: Form) => ({ ...form, sections: v })),
  fc.oneof(fc.constant(undefined), notAString.filter((v) => !Array.isArray(v)), fc.constant([])).map((v) => (form: Form) => ({ ...form, indicators: v })),
  fc.oneof(notAString.filter((v) => !Array.isArray(v) && v !== null), fc.constant([null]), fc.constant([1])).map((v) => (form: Form) => ({ ...form, rules: v })),
  fc
    .tuple(
      fc.nat(3),
      fc.oneof(
        // anything but a code (codes start with a capital) for what must be a code or a known name
        fc.tuple(fc.constantFrom('code', 'section', 'kind', 'valueType', 'aggregation'), fc.oneof(notAString, anyText.filter((s) => !/^[A-Z]/.test(s)))),
        fc.tuple(fc.constantFrom('kind', 'valueType', 'aggregation'), fc.constantFrom('SO', 'NUMBER', 'Entered', 'SUM ', 'ENTERED_', 'TEXTS')),
        // a label must be non-empty text
        fc.tuple(fc.constant('label'), fc.oneof(notAString, fc.constantFrom('', '   ', '\n'))),
      ),
    )
    .map(([i, [key, v]]) => (form: Form) => ({ ...form, indicators: form.indicators.map((ind, j) => (j === i ? { ...ind, [key]: v } : ind)) })),
  fc.tuple(
    fc.nat(3),
    fc.oneof(
      notAString.filter((v) => !Array.isArray(v) || v.length > 0),
      fc.array(anyText.filter((s) => !['PROVINCE', 'DISTRICT', 'COMMUNE'].includes(s)), { minLength: 1, maxLength: 3 }),
      fc.constant(new Array(11).fill('COMMUNE')),
      // a level that is an object which cannot be turned into text
      fc.constantFrom([{ toString: 1 }], ['COMMUNE', { valueOf: 1, toString: 2 }], [null], [1]),
    ),
  ).map(
    ([i, v]) => (form: Form) => ({ ...form, indicators: form.indicators.map((ind, j) => (j === i ? { ...ind, levels: v } : ind)) }),
  ),
  fc.tuple(fc.nat(3), fc.oneof(notAString.filter((v) => typeof v !== 'boolean' && v !== null))).map(([i, v]) => (form: Form) => ({ ...form, indicators: form.indicators.map((ind, j) => (j === i ? { ...ind, required: v } : ind)) })),
  // formulas that are not arithmetic over the form's codes: unknown codes, calls, cycles, strings, syntax errors
  fc
    .oneof(
      fc.constantFrom('eval(POP)', 'process.exit(1)', 'POP(', 'POP ? 1 : 2', "'x' + POP", 'POP.constructor', 'this', 'RATE + 1', 'prev(POP)', 'POP[0]', '[POP]', 'new Date()', 'POP = 1', 'INSURED / KHONG_CO', '', '   ', '('.repeat(1000) + 'POP' + ')'.repeat(999)),
      anyText.map((s) => `POP + ${JSON.stringify(s)}`),
      fc.stringMatching(/^[A-Z]{1,6}$/).filter((s) => !['POP', 'INSURED', 'RATE', 'NOTES'].includes(s)).map((s) => `POP + ${s}_X`),
    )
    .map((formula) => (form: Form) => ({ ...form, indicators: form.indicators.map((ind) => (ind.code === 'RATE' ? { ...ind, formula } : ind)) })),
  fc
    .oneof(
      fc.tuple(fc.constantFrom('left', 'right'), fc.oneof(notAString, fc.constantFrom('', 'POP +', 'KHONG_CO', 'lower', 'POP ==', 'prev(POP, INSURED)', 'NOTES'))),
      fc.tuple(fc.constant('operator'), fc.oneof(notAString, fc.constantFrom('', '===', '=>', '~', '<>', 'lt'))),
      fc.tuple(fc.constant('severity'), fc.oneof(notAString, fc.constantFrom('', 'WARN', 'error', 'FATAL'))),
      fc.tuple(fc.constant('ifMissing'), fc.oneof(notAString, fc.constantFrom('', 'NEVER', 'skip'))),
      fc.tuple(fc.constant('message'), fc.oneof(notAString, fc.constantFrom('', '  '), longText(1001, 3000))),
      fc.tuple(fc.constant('code'), fc.oneof(notAString, fc.constantFrom('', 'lower', '1A', 'A-B'))),
    )
    .map(([key, v]) => (form: Form) => ({ ...form, rules: [{ ...form.rules[0], [key]: v }] })),
  // structure: duplicates, unknown sets, empty or oversized lists, cell codes too long to store
  fc.constant((form: Form) => ({ ...form, indicators: [...form.indicators, form.indicators[0]] })),
  fc.constant((form: Form) => ({ ...form, sections: [...form.sections, form.sections[0]] })),
  fc.constant((form: Form) => ({ ...form, columnSets: [{ ...form.columnSets[0], items: [] }] })),
  fc.constant((form: Form) => ({ ...form, columnSets: [{ ...form.columnSets[0], items: Array.from({ length: 101 }, (_, i) => ({ code: `C${i}`, label: `${i}` })) }] })),
  fc.constant((form: Form) => ({ ...form, indicators: Array.from({ length: 2001 }, (_, i) => ({ ...form.indicators[0], code: `I${i}`, columns: undefined })) })),
  fc.constant((form: Form) => ({ ...form, rules: Array.from({ length: 2001 }, (_, i) => ({ ...form.rules[0], code: `R${i}` })) })),
  fc.constant((form: Form) => ({
    ...form,
    columnSets: [{ code: 'NAM', items: [{ code: 'C'.repeat(30), label: 'x' }] }],
    indicators: [{ ...form.indicators[0], code: 'P'.repeat(40) }],
    rules: [],
  })),
  fc.stringMatching(/^[A-Z]{2,8}$/).map((set) => (form: Form) => ({ ...form, indicators: form.indicators.map((ind) => (ind.code === 'POP' ? { ...ind, columns: `${set}_KHAC` } : ind)) })),
  // text that cannot be stored, anywhere in the definition
  unstorableText.map((v) => (form: Form) => ({ ...form, sections: [{ ...form.sections[0], note: v }] })),
  unstorableText.map((v) => (form: Form) => ({ ...form, [v]: 1 })),
  // deep nesting where a string is expected
  fc.integer({ min: 10, max: 3000 }).map((depth) => (form: Form) => {
    let deep: unknown = 'x';
    for (let i = 0; i < depth; i++) deep = { a: deep };
    return { ...form, indicators: form.indicators.map((ind, j) => (j === 0 ? { ...ind, label: deep } : ind)) };
  }),
);

describe('attacks on what admins and approvers send: forms, targets, campaigns, workbooks, logins', () => {
  let t: TestHub;
  let f: Fixture;
  let campaignId: string;
  const reportOf = new Map<string, string>();
  let ownExport: Buffer;
  let otherFormBlank: Buffer;

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: LONG_TOKEN_TTL });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    campaignId = round.campaignId;
    for (const [code, r] of round.reports) reportOf.set(code, r.id);
    // A draft form that updateTemplate may target, and workbooks to corrupt.
    await t.ok(CreateTemplateDocument, { definition: validForm('KT_NHAP') }, f.adminToken);
    const own = await t.ok(ExcelReportWorkbookDocument, { reportId: reportOf.get('02536')!, includeChildren: false }, f.tokens.communeSonDuong);
    ownExport = Buffer.from(own.reportWorkbook.base64, 'base64');
    const blank = await t.ok(ExcelBlankWorkbookDocument, { templateCode: 'CT38_REVIEW', level: 'COMMUNE' }, f.tokens.communeSonDuong);
    otherFormBlank = Buffer.from(blank.blankWorkbook.base64, 'base64');
  });
  afterAll(() => t.close());

  it('createTemplate refuses random JSON, JSON whose keys shadow Object.prototype, and deep nesting (220 definitions)', async () => {
    const key = fc.oneof(fc.string({ maxLength: 8 }), fc.constantFrom('__proto__', 'constructor', 'toString', 'valueOf', 'hasOwnProperty', 'code', 'name', 'sections', 'indicators', 'rules', 'columnSets', 'levels', 'items', 'formula'));
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null), tie('object'), fc.array(tie('value'), { maxLength: 3 })),
      object: fc.dictionary(key, tie('value'), { maxKeys: 6 }),
    }));
    const definitions = fc.oneof(
      { weight: 6, arbitrary: json.object.map((value) => ({ deep: 0, value })) },
      { weight: 2, arbitrary: fc.record({ code: fc.constant('KT_NGAU_NHIEN'), name: fc.constant('x'), sections: json.value, indicators: json.value, rules: json.value }).map((value) => ({ deep: 0, value })) },
      { weight: 1, arbitrary: fc.oneof(fc.jsonValue({ maxDepth: 2 }).filter((v) => v === null || typeof v !== 'object' || Array.isArray(v)), fc.constant([])).map((value) => ({ deep: 0, value })) },
      { weight: 1, arbitrary: fc.integer({ min: 100, max: 20_000 }).map((deep) => ({ deep, value: null })) },
    );
    await attack(t, definitions, 220, async ({ deep, value }) => {
      // Nesting too deep for JSON.stringify on the client is written out by hand.
      const answer = deep
        ? await post(t, `{"query":${JSON.stringify(print(AttackCreateTemplateDocument))},"variables":{"definition":${'{"a":'.repeat(deep)}1${'}'.repeat(deep)}}}`, f.adminToken)
        : await send(t, AttackCreateTemplateDocument, { definition: value }, f.adminToken);
      expectRefused(answer, { codes: ['BAD_USER_INPUT'] });
    });
  });

  it('createTemplate and updateTemplate refuse a valid form broken in any one way (260 definitions)', async () => {
    const cases = fc.tuple(breakForm, fc.constantFrom('create', 'update')).map(([broken, how]) => ({ how, definition: broken(validForm(how === 'create' ? 'KT_TAN_CONG' : 'KT_NHAP') as Form) }));
    await attack(t, cases, 260, async ({ how, definition }) => {
      const answer =
        how === 'create'
          ? await send(t, AttackCreateTemplateDocument, { definition }, f.adminToken)
          : await send(t, AttackUpdateTemplateDocument, { code: 'KT_NHAP', version: 1, definition }, f.adminToken);
      expectRefused(answer, { codes: ['BAD_USER_INPUT'] });
    });
  });

  it('templates that do not exist, built-in forms and published versions cannot be changed or published again (80 requests)', async () => {
    const cases = fc.oneof(
      fc.record({ op: fc.constant('publish' as const), code: anyText.filter((s) => s.trim() !== 'KT_NHAP'), version: fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }) }),
      fc.record({ op: fc.constant('publish' as const), code: fc.constantFrom('BHYT_COVERAGE', 'CT38_REVIEW'), version: fc.constant(1) }),
      fc.record({ op: fc.constant('publish' as const), code: fc.constant('KT_NHAP'), version: fc.integer({ min: 2, max: 2 ** 31 - 1 }) }),
      fc.record({ op: fc.constant('update' as const), code: fc.constantFrom('BHYT_COVERAGE', 'CT38_REVIEW'), version: fc.integer({ min: 1, max: 3 }) }),
      fc.record({ op: fc.constant('create' as const), code: fc.constantFrom('BHYT_COVERAGE', 'CT38_REVIEW', 'KT_NHAP'), version: fc.constant(0) }),
      fc.record({ op: fc.constant('publish' as const), code: fc.constant('KT_NHAP'), version: notANumber }),
    );
    await attack(t, cases, 80, async (c) => {
      const definition = validForm(typeof c.code === 'string' ? c.code : 'X');
      const answer =
        c.op === 'publish'
          ? await send(t, AttackPublishTemplateDocument, { code: c.code, version: c.version }, f.adminToken)
          : c.op === 'update'
            ? await send(t, AttackUpdateTemplateDocument, { code: c.code, version: c.version, definition }, f.adminToken)
            : await send(t, AttackCreateTemplateDocument, { definition }, f.adminToken);
      expectRefused(answer, { codes: ['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT'] });
    });
  });

  it('assignTargets stores nothing when one entry of many is wrong, or the caller may not give it (220 requests)', async () => {
    const communes = ['02536', '02539', '02542', '02455', '02458'];
    const good = fc.record({ unitCode: fc.constantFrom(...communes), code: fc.constant('COVERAGE_TARGET'), value: fc.double({ min: 0, max: 100, noNaN: true }) });
    // Units that do not exist; in a campaign, also units that exist but have no report in it (another province).
    const strangeUnit = (inCampaign: boolean) =>
      fc.oneof(fc.constantFrom('999', '0253', ...(inCampaign ? ['10813', '294', '30'] : [])), anyText.filter((s) => !KNOWN_UNIT_CODES.has(s.trim()) && s.trim() !== ''));
    const bad = (inCampaign: boolean) =>
      fc.oneof(
        fc.record({ unitCode: fc.constantFrom(...communes), code: fc.oneof(fc.constantFrom('POP', 'COVERAGE_RATE', 'STRENGTHS', 'COVERAGE_TARGET.X', 'coverage_target'), anyText.filter((s) => s.trim() !== 'COVERAGE_TARGET')), value: fc.integer({ min: 0, max: 100 }) }),
        fc.record({ unitCode: fc.constantFrom(...communes), code: fc.constant('COVERAGE_TARGET'), value: fc.oneof(fc.double({ min: -1e308, max: -Number.MIN_VALUE, noNaN: true }), fc.double({ min: 100.0000001, max: 1e308, noNaN: true })) }),
        fc.record({ unitCode: strangeUnit(inCampaign), code: fc.constant('COVERAGE_TARGET'), value: fc.integer({ min: 0, max: 100 }) }),
        fc.record({ unitCode: fc.constantFrom(...communes), code: fc.constant('COVERAGE_TARGET'), value: notANumber }),
      );
    const entries = (inCampaign: boolean) =>
      fc.tuple(fc.uniqueArray(good, { selector: (g) => g.unitCode, maxLength: 4 }), bad(inCampaign), fc.nat()).map(([goods, one, at]) => {
        const list: unknown[] = [...goods];
        list.splice(at % (list.length + 1), 0, one);
        return list;
      });
    const cases = fc.oneof(
      { weight: 6, arbitrary: fc.record({ user: fc.constantFrom<FixtureUser | 'admin'>('admin', 'districtSonDuongApprover'), input: entries(true).map((targets) => ({ campaignId, targets })) }) },
      { weight: 1, arbitrary: fc.record({ user: fc.constant('admin' as const), input: entries(false).map((targets) => ({ year: 2019, templateCode: 'BHYT_COVERAGE', targets })) }) },
      // who may not give targets: the commune itself, another district, a monitor
      { weight: 2, arbitrary: fc.record({ user: fc.constantFrom<FixtureUser>('communeSonDuong', 'districtYenSonApprover', 'provinceMonitor', 'districtSonDuongReporter'), input: good.map((g) => ({ campaignId, targets: [{ ...g, unitCode: '02536' }] })) }) },
      // neither or both of campaign and year, no entries, years out of range, campaigns that do not exist, too many entries
      { weight: 2, arbitrary: fc.record({
        user: fc.constant('admin' as const),
        input: fc.oneof(
          good.map((g) => ({ targets: [g] })),
          good.map((g) => ({ campaignId, year: 2019, templateCode: 'BHYT_COVERAGE', targets: [g] })),
          fc.constant({ campaignId, targets: [] }),
          fc.tuple(good, fc.oneof(fc.integer({ min: -(2 ** 31), max: 1999 }), fc.integer({ min: 2101, max: 2 ** 31 - 1 }))).map(([g, year]) => ({ year, templateCode: 'BHYT_COVERAGE', targets: [g] })),
          good.map((g) => ({ year: 2019, targets: [g] })),
          fc.tuple(good, anyText.filter((s) => !['BHYT_COVERAGE', 'CT38_REVIEW'].includes(s.trim()))).map(([g, templateCode]) => ({ year: 2019, templateCode, targets: [g] })),
          fc.tuple(good, weirdId).map(([g, id]) => ({ campaignId: id, targets: [g] })),
          good.map((g) => ({ campaignId, targets: Array.from({ length: 5001 }, () => g) })),
        ),
      }) },
    );
    await attack(t, cases, 220, async ({ user, input }) => {
      const answer = await send(t, AttackAssignTargetsDocument, { input }, user === 'admin' ? f.adminToken : f.tokens[user]);
      expectRefused(answer, { codes: ['BAD_USER_INPUT', 'NOT_FOUND', 'FORBIDDEN'] });
    });
  });

  it('createCampaign opens nothing when any one part of a round is wrong (220 inputs)', async () => {
    const base = {
      name: 'Báo cáo kết quả thực hiện BHYT năm 2018',
      documentNumber: '3559/KH-UBND',
      templateCode: 'BHYT_COVERAGE',
      periodStart: '2018-01-01',
      periodEnd: '2018-12-31',
      rootUnitCode: '08',
      levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
      deadlines: SEED_003_DEADLINES as { level: string; dueAt: unknown }[],
    };
    type Input = typeof base & Record<string, unknown>;
    const breakInput: fc.Arbitrary<(input: Input) => unknown> = fc.oneof(
      fc.oneof(fc.constantFrom('', '   ', '\n\t'), longText(301, 100_000), unstorableText, notAString).map((name) => (i: Input) => ({ ...i, name })),
      fc.oneof(longText(65, 10_000), unstorableText).map((documentNumber) => (i: Input) => ({ ...i, documentNumber })),
      anyText.filter((s) => !['BHYT_COVERAGE', 'CT38_REVIEW'].includes(s.trim())).map((templateCode) => (i: Input) => ({ ...i, templateCode })),
      fc.constant((i: Input) => ({ ...i, templateCode: 'KT_NHAP' })), // a draft is not usable yet
      fc.oneof(fc.integer({ min: 2, max: 2 ** 31 - 1 }), fc.integer({ min: -(2 ** 31), max: 0 }), notANumber).map((templateVersion) => (i: Input) => ({ ...i, templateVersion })),
      fc.tuple(fc.constantFrom('periodStart', 'periodEnd'), fc.oneof(badDay, notANumber)).map(([key, day]) => (i: Input) => ({ ...i, [key]: day })),
      fc.constant((i: Input) => ({ ...i, periodStart: '2019-01-01', periodEnd: '2018-12-31' })),
      // codes that name no unit (digits only are left out: a code missing its leading zero may be padded), or a unit not at the top level
      fc.oneof(anyText.filter((s) => s.trim() !== '' && !/^\s*\d+\s*$/.test(s)), fc.constantFrom('076', '02536', '0 8', '08a')).map((rootUnitCode) => (i: Input) => ({ ...i, rootUnitCode })),
      fc.oneof(
        fc.constantFrom([], ['COMMUNE'], ['COMMUNE', 'COMMUNE', 'PROVINCE'], ['COMMUNE', 'DISTRICT', 'PROVINCE', 'PROVINCE']),
        fc.array(fc.oneof(fc.constantFrom('VILLAGE', 'commune', 'NATION', ''), anyText), { minLength: 1, maxLength: 4 }),
      ).map((levels) => (i: Input) => ({ ...i, levels })),
      fc.oneof(
        fc.constantFrom(
          [],
          SEED_003_DEADLINES.slice(0, 2),
          [...SEED_003_DEADLINES, SEED_003_DEADLINES[0]],
          [...SEED_003_DEADLINES].reverse().map((d, k) => ({ ...d, dueAt: SEED_003_DEADLINES[k].dueAt })),
          SEED_003_DEADLINES.map((d) => ({ ...d, dueAt: SEED_003_DEADLINES[0].dueAt })),
        ),
        // instants that are not instants (a real one, even misplaced, could still make a valid chain)
        fc
          .tuple(fc.nat(2), fc.oneof(badDay.filter((s) => !/^\d{4}-\d{2}-\d{2}T/.test(s)), fc.constantFrom('2019-02-30T00:00:00+07:00', '2019-04-20', 'ngày 20/4/2019'), notANumber))
          .map(([k, dueAt]) => SEED_003_DEADLINES.map((d, j) => (j === k ? { ...d, dueAt } : d))),
      ).map((deadlines) => (i: Input) => ({ ...i, deadlines })),
      fc.oneof(fc.integer({ min: -(2 ** 31), max: -1 }), fc.integer({ min: 2161, max: 2 ** 31 - 1 }), notANumber).map((graceHours) => (i: Input) => ({ ...i, latePolicy: 'LOCK_AFTER_GRACE', graceHours })),
      fc.oneof(
        fc.array(fc.oneof(fc.integer({ min: -1000, max: 0 }), fc.integer({ min: 91, max: 100_000 })), { minLength: 1, maxLength: 5 }),
        fc.array(fc.integer({ min: 1, max: 90 }), { minLength: 11, maxLength: 30 }),
      ).map((reminderDays) => (i: Input) => ({ ...i, reminderDays })),
      fc.oneof(anyText, notANumber).map((latePolicy) => (i: Input) => ({ ...i, latePolicy })),
      fc.tuple(fc.constantFrom('unexpected', 'rootUnit', 'template'), anyText).map(([key, v]) => (i: Input) => ({ ...i, [key]: v })),
    );
    await attack(t, breakInput, 220, async (broken) => {
      expectRefused(await send(t, AttackCreateCampaignDocument, { input: broken(base as Input) }, f.adminToken), { codes: ['BAD_USER_INPUT', 'NOT_FOUND'] });
    });
  });

  it('importReportWorkbook refuses random bytes, text that is not base64 and corrupted workbooks (130 uploads)', async () => {
    const id = reportOf.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const flip = (bytes: Buffer, flips: [number, number][]) => {
      const copy = Buffer.from(bytes);
      for (const [at, bits] of flips) copy[at % copy.length] ^= bits % 255 || 1;
      return copy;
    };
    const uploads = fc.oneof(
      fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.from(bytes).toString('base64')),
      fc.uint8Array({ maxLength: 4096 }).map((bytes) => Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), Buffer.from(bytes)]).toString('base64')),
      fc.oneof(anyText, fc.constantFrom('', '====', 'data:application/zip;base64,', 'UEsDBA', 'UEsDBA==', '%%%%')),
      // another form's blank workbook, with a few bytes flipped: refused whatever survives of it
      fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 254 })), { maxLength: 8 }).map((flips) => flip(otherFormBlank, flips).toString('base64')),
      // this report's own export with bytes flipped inside the zip's headers and directory (never its values)
      fc.array(fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 254 })), { minLength: 1, maxLength: 4 }).map((flips) => flip(ownExport, flips).toString('base64')),
    );
    await attack(t, uploads, 130, async (base64) => {
      const answer = await send(t, AttackImportWorkbookDocument, { reportId: id, expectedVersion: version, base64 }, f.tokens.communeSonDuong);
      if (answer.errors?.length) {
        expectRefused(answer, { codes: ['BAD_USER_INPUT'] });
      } else {
        // A readable workbook of the wrong form is answered with the cells' problems and nothing saved; a flip
        // that left this report's own export readable changes nothing (the fingerprint checks that too).
        const result = answer.data!.importReportWorkbook as { saved: boolean; errors: unknown[]; changedCodes?: string[] };
        if (result.saved) expect(result.errors).toEqual([]);
        else expect(result.errors.length).toBeGreaterThan(0);
      }
    });
  });

  it('a workbook of this very report with one wrong cell among many changed ones saves none of them (30 uploads)', async () => {
    const id = reportOf.get('02536')!;
    const version = await versionOf(t, f.adminToken, id);
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(ownExport as unknown as ArrayBuffer);
    const sheet = original.getWorksheet('Báo cáo')!;
    // The rows of the report sheet, by the cell code in the hidden column A.
    const rowOf = new Map<string, number>();
    sheet.eachRow((row, n) => {
      const code = row.getCell(1).value;
      if (typeof code === 'string' && code !== 'Mã ô') rowOf.set(code, n);
    });
    expect(rowOf.has('POP')).toBe(true);
    const numberCodes = BHYT_ENTERED_NUMBERS.filter((c) => rowOf.has(c));
    const computedCodes = ['COVERAGE_RATE', 'COVERAGE_TARGET'].filter((c) => rowOf.has(c));
    expect(computedCodes.length).toBeGreaterThan(0);
    const cellValue = fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.constantFrom('204.908', '1.234', '12', 'Có'),
    );
    // (A date is no wrong value here: written into a cell formatted as a count, it reads back as its serial number.)
    const wrong = fc.oneof(
      fc.record({ code: fc.constantFrom(...numberCodes), value: fc.oneof(fc.integer({ min: -1_000_000, max: -1 }), fc.double({ min: 0.01, max: 1e6, noNaN: true, noInteger: true }), fc.constantFrom(1e13, 'không rõ', '12,5', '-3', 'x', true, { formula: 'A1/0', result: { error: '#DIV/0!' } }, { error: '#N/A' })) }),
      fc.record({ code: fc.constantFrom(...computedCodes), value: fc.integer({ min: 101, max: 1000 }) }),
      fc.record({ code: fc.constantFrom(...BHYT_TEXTS.filter((c) => rowOf.has(c))), value: longText(20_001, 25_000) }),
      fc.record({ code: fc.constant('#unknown'), value: fc.integer() }),
      fc.record({ code: fc.constant('#duplicate'), value: fc.integer() }),
    );
    const edits = fc.tuple(fc.array(fc.record({ code: fc.constantFrom(...numberCodes), value: cellValue }), { maxLength: 6 }), wrong);
    // One workbook, edited in place for each upload and put back afterwards: loading it anew each time costs more
    // than the upload itself.
    const report = sheet;
    const spare = report.rowCount + 2; // an empty row below the form, for a row that should not be there
    await attack(t, edits, 30, async ([changes, bad]) => {
      const touched = new Map<string, ExcelJS.CellValue>();
      const set = (row: number, column: number, value: unknown) => {
        const cell = report.getRow(row).getCell(column);
        if (!touched.has(cell.address)) touched.set(cell.address, cell.value);
        cell.value = value as ExcelJS.CellValue;
      };
      for (const change of changes) set(rowOf.get(change.code)!, 5, change.value);
      if (bad.code === '#unknown' || bad.code === '#duplicate') {
        set(spare, 1, bad.code === '#unknown' ? 'KHONG_CO_MA' : 'POP');
        set(spare, 5, bad.value);
      } else {
        set(rowOf.get(bad.code)!, 5, bad.value);
      }
      const workbook = original;
      const base64 = Buffer.from(await workbook.xlsx.writeBuffer()).toString('base64');
      for (const [address, value] of touched) report.getCell(address).value = value;
      const answer = await send(t, AttackImportWorkbookDocument, { reportId: id, expectedVersion: version, base64 }, f.tokens.communeSonDuong);
      if (answer.errors?.length) {
        expectRefused(answer, { codes: ['BAD_USER_INPUT'] });
      } else {
        const result = answer.data!.importReportWorkbook as { saved: boolean; errors: { message: string }[] };
        expect(result.saved).toBe(false);
        expect(result.errors.length).toBeGreaterThan(0);
        for (const e of result.errors) expect(e.message).toMatch(/[ăâđêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụ]/i);
      }
    });
  });

  it('login refuses random usernames and passwords cleanly, NUL and lone surrogates included (40 attempts)', async () => {
    const attempts = fc.record({
      username: fc.oneof(anyText, unstorableText, longText(1000, 100_000), fc.constantFrom('quantri ', 'QUANTRI', 'quantri\u0000', "quantri' --")),
      password: fc.oneof(anyText, unstorableText, longText(1000, 100_000)),
      address: fc.ipV4(),
    });
    await attack(t, attempts, 40, async ({ username, password, address }) => {
      const answer = await send(t, AttackLoginDocument, { username, password }, null, { 'x-forwarded-for': address });
      expectRefused(answer, { codes: ['UNAUTHENTICATED', 'TOO_MANY_ATTEMPTS', 'BAD_USER_INPUT'] });
    }, ['login_throttle']); // failed attempts are counted, by design; nothing else may change
  });
});

// ---------------------------------------------------------------------------------------------------------------

describe('oversized and malformed requests', () => {
  let t: TestHub;
  let f: Fixture;
  let reportId: string;

  beforeAll(async () => {
    t = await startTestHub({ now: '2019-04-01T01:00:00Z', tokenTtlSeconds: LONG_TOKEN_TTL });
    f = await loadFixture(t);
    const round = await createSeed003Round(t, f);
    reportId = round.reports.get('02536')!.id;
  });
  afterAll(() => t.close());

  async function refusedUnchanged(request: () => Promise<Answer>, options: Parameters<typeof expectRefused>[1] = {}): Promise<Answer> {
    const before = await fingerprint(t);
    const answer = await request();
    expectRefused(answer, options);
    expect(await fingerprint(t)).toEqual(before);
    return answer;
  }

  it('a 6 MB body is answered 413 with a coded Vietnamese error', async () => {
    const body = JSON.stringify({ query: print(AttackSaveValuesDocument), variables: { reportId, expectedVersion: 1, values: [{ code: 'STRENGTHS', text: 'x'.repeat(6 * 1024 * 1024) }] } });
    const answer = await refusedUnchanged(() => post(t, body, f.tokens.communeSonDuong), { codes: ['PAYLOAD_TOO_LARGE'] });
    expect(answer.status).toBe(413);
  });

  it('100.000-character strings: a text value, a code, a campaign name, a return reason, a schedule', async () => {
    const long = 'Đ'.repeat(100_000);
    const version = await versionOf(t, f.adminToken, reportId);
    const text = await refusedUnchanged(() => send(t, AttackSaveValuesDocument, { reportId, expectedVersion: version, values: [{ code: 'STRENGTHS', text: long }] }, f.tokens.communeSonDuong), { codes: ['BAD_USER_INPUT'] });
    expect(text.errors![0].message).toMatch(/20000 ký tự/);
    const code = await refusedUnchanged(() => send(t, AttackSaveValuesDocument, { reportId, expectedVersion: version, values: [{ code: long, value: 1 }] }, f.tokens.communeSonDuong), { codes: ['BAD_USER_INPUT'] });
    expect(code.text.length).toBeLessThan(2000); // the code is not echoed back whole
    await refusedUnchanged(
      () => send(t, AttackCreateCampaignDocument, { input: { name: long, templateCode: 'BHYT_COVERAGE', periodStart: '2018-01-01', periodEnd: '2018-12-31', rootUnitCode: '08', levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'], deadlines: SEED_003_DEADLINES } }, f.adminToken),
      { codes: ['BAD_USER_INPUT'] },
    );
    await refusedUnchanged(() => send(t, AttackReturnDocument, { reportId, expectedVersion: version, reason: long }, f.tokens.districtSonDuongApprover), { codes: ['BAD_USER_INPUT'] });
    // A schedule's name becomes each round's name with "{period}" spelled out: it must still fit then.
    const schedule = {
      templateCode: 'BHYT_COVERAGE',
      periodKind: 'YEAR',
      rootUnitCode: '08',
      levels: ['COMMUNE', 'PROVINCE'],
      deadlines: [{ level: 'COMMUNE', monthOffset: 0, day: 10 }, { level: 'PROVINCE', monthOffset: 0, day: 20 }],
    };
    await refusedUnchanged(() => send(t, CreateScheduleDocument, { input: { ...schedule, name: `${'Đ'.repeat(290)} {period}` } }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
    await refusedUnchanged(() => send(t, CreateScheduleDocument, { input: { ...schedule, name: 'Báo cáo BHYT {period}', documentNumber: long } }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
  });

  it('10.000 values in one save, and 10.000 targets in one assignment, are refused whole', async () => {
    const version = await versionOf(t, f.adminToken, reportId);
    const values = Array.from({ length: 10_000 }, (_, i) => ({ code: BHYT_ENTERED_NUMBERS[i % BHYT_ENTERED_NUMBERS.length], value: i }));
    const saved = await refusedUnchanged(() => send(t, AttackSaveValuesDocument, { reportId, expectedVersion: version, values }, f.tokens.communeSonDuong), { codes: ['BAD_USER_INPUT'] });
    expect(saved.text.length).toBeLessThan(5000);
    const targets = Array.from({ length: 10_000 }, (_, i) => ({ unitCode: '02536', code: 'COVERAGE_TARGET', value: i % 100 }));
    await refusedUnchanged(() => send(t, AttackAssignTargetsDocument, { input: { campaignId: '1', targets } }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
  });

  it('a form with thousands of broken indicators is answered quickly, with a bounded list of problems', async () => {
    const definition = { code: 'KT_LON', name: 'x', sections: [{ code: 'I', title: 'I' }], indicators: Array.from({ length: 2000 }, () => ({})) };
    const started = Date.now();
    const answer = await refusedUnchanged(() => send(t, AttackCreateTemplateDocument, { definition }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
    expect(Date.now() - started).toBeLessThan(5000);
    expect(answer.text.length).toBeLessThan(100_000);
    expect(answer.errors![0].message).toMatch(/và \d+ lỗi khác/);
    const tooMany = await refusedUnchanged(() => send(t, AttackCreateTemplateDocument, { definition: { ...definition, indicators: Array.from({ length: 300_000 }, () => ({})) } }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
    expect(tooMany.errors![0].message).toMatch(/tối đa 2000/);
    const wide = {
      ...validForm('KT_RONG'),
      columnSets: [{ code: 'NAM', items: Array.from({ length: 100 }, (_, i) => ({ code: `C${i}`, label: `${i}` })) }],
      indicators: Array.from({ length: 300 }, (_, i) => ({ code: `I${i}`, label: 'x', unit: '', section: 'I', kind: 'ENTERED', valueType: 'INTEGER', aggregation: 'SUM', columns: 'NAM' })),
      rules: [],
    };
    const cells = await refusedUnchanged(() => send(t, AttackCreateTemplateDocument, { definition: wide }, f.adminToken), { codes: ['BAD_USER_INPUT'] });
    expect(cells.errors![0].message).toMatch(/30000 ô số liệu/);
  });

  it('malformed GraphQL, unreadable JSON and nesting too deep to parse get clean, coded answers', async () => {
    const parse = await refusedUnchanged(() => post(t, { query: '{ report(id: "1") { id ' }, f.adminToken), { codes: ['GRAPHQL_PARSE_FAILED'], allowParseFailure: true });
    expect(parse.status).toBe(400);
    const json = await refusedUnchanged(() => post(t, '{"query": "{ __typename }", ', f.adminToken), { codes: ['BAD_REQUEST'] });
    expect(json.status).toBe(400);
    // An inline JSON literal nested 3.000 deep overflows graphql-js' recursive parser: a parse failure, no stack.
    const deep = `mutation { createTemplate(definition: ${'{a:'.repeat(3000)}1${'}'.repeat(3000)}) { code } }`;
    const literal = await post(t, { query: deep }, f.adminToken);
    expect(literal.errors?.map((e) => e.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
    expect(literal.text).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
    // A wrongly typed literal in the query text is a validation failure, answered before anything runs.
    await refusedUnchanged(() => post(t, { query: `mutation { saveReportValues(reportId: "${reportId}", expectedVersion: "1", values: [{ code: "POP", value: "NaN" }]) { id } }` }, f.tokens.communeSonDuong), {
      codes: ['GRAPHQL_VALIDATION_FAILED'],
      allowValidationFailure: true,
    });
  });
});
