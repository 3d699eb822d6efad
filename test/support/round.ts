import { CreateCampaignDocument, ReportsDocument, ReturnReportDocument, SaveReportValuesDocument, SubmitReportDocument } from '../generated/graphql';
import { asValues, Fixture, SEED_003_DEADLINES, SON_DUONG_COMMUNES, versionOf } from './fixture';
import { TestHub } from './harness';

/** A round over the fixture's Tuyên Quang units (seed 003's deadlines), with the steps that produce notices. */
export interface Round {
  campaignId: string;
  reportOf: Map<string, string>;
  /** Fills in (first time only) and submits a Sơn Dương commune's report. */
  submit(code: '02536' | '02539' | '02542', token: string): Promise<void>;
  /** Returns a report with a reason, as the given reviewer. */
  giveBack(code: string, reason: string, reviewerToken: string): Promise<void>;
}

export async function openRound(t: TestHub, f: Fixture): Promise<Round> {
  const created = await t.ok(
    CreateCampaignDocument,
    {
      input: {
        name: 'Báo cáo kết quả thực hiện BHYT năm 2018',
        templateCode: 'BHYT_COVERAGE',
        periodStart: '2018-01-01',
        periodEnd: '2018-12-31',
        rootUnitCode: '08',
        levels: ['COMMUNE', 'DISTRICT', 'PROVINCE'],
        deadlines: SEED_003_DEADLINES,
        reminderDays: [7],
      },
    },
    f.adminToken,
  );
  const campaignId = created.createCampaign.id;
  const reportOf = new Map<string, string>();
  for (const e of (await t.ok(ReportsDocument, { campaignId, first: 50 }, f.adminToken)).reports.edges) reportOf.set(e.node.unitCode, e.node.id);
  const filled = new Set<string>();
  return {
    campaignId,
    reportOf,
    async submit(code, token) {
      const id = reportOf.get(code)!;
      let version = await versionOf(t, f.adminToken, id);
      if (!filled.has(code)) {
        version = (await t.ok(SaveReportValuesDocument, { reportId: id, values: asValues(SON_DUONG_COMMUNES[code]), expectedVersion: version }, token)).saveReportValues.version;
        filled.add(code);
      }
      await t.ok(SubmitReportDocument, { reportId: id, expectedVersion: version }, token);
    },
    async giveBack(code, reason, reviewerToken) {
      const id = reportOf.get(code)!;
      await t.ok(ReturnReportDocument, { reportId: id, reason, expectedVersion: await versionOf(t, f.adminToken, id) }, reviewerToken);
    },
  };
}
