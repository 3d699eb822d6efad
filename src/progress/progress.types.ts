import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Campaign } from '../campaigns/campaign.entity';
import { Connection } from '../common/pagination';
import { Report } from '../reports/report.entity';
import { AdministrativeUnit, UnitLevel } from '../units/unit.entity';
import { ReportStatus } from '../../workflows/report.machine';

/**
 * Where a report stands against its own deadline (`report.dueAt`), computed from its timestamps at the moment
 * of the request (never from a stored flag, so it cannot lag behind the clock):
 *  - NOT_DUE: never sent and the deadline is still ahead;
 *  - ON_TIME: first sent strictly before the deadline (a later resending after a return does not change it);
 *  - LATE: first sent at the deadline instant or after it;
 *  - OVERDUE: never sent and the deadline has passed.
 */
export enum SubmissionTimeliness {
  NOT_DUE = 'NOT_DUE',
  ON_TIME = 'ON_TIME',
  LATE = 'LATE',
  OVERDUE = 'OVERDUE',
}

registerEnumType(SubmissionTimeliness, {
  name: 'SubmissionTimeliness',
  description:
    'Đúng hạn hay không, tính theo lần nộp đầu tiên so với hạn nộp của chính báo cáo (kể cả khi được gia hạn): NOT_DUE chưa nộp, chưa đến hạn; ON_TIME nộp lần đầu trước hạn; LATE nộp lần đầu từ thời điểm hạn trở đi; OVERDUE quá hạn mà chưa nộp.',
});

@ObjectType('LevelProgress', { description: 'Tình hình nộp báo cáo của một cấp trong cây đơn vị.' })
export class LevelProgressType {
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field(() => Date, { description: 'Hạn nộp chung của cấp (từng báo cáo có thể được gia hạn riêng).' }) dueAt!: Date;
  @Field(() => Int, { description: 'Số báo cáo phải nộp của cấp này trong cây đơn vị.' }) expected!: number;
  @Field(() => Int, { description: 'Chưa bắt đầu: còn ở trạng thái nháp, chưa từng lưu số liệu và chưa từng nộp (nằm trong số `draft`).' })
  notStarted!: number;
  @Field(() => Int, { description: 'Đang ở trạng thái nháp (kể cả chưa bắt đầu).' }) draft!: number;
  @Field(() => Int, { description: 'Đang chờ duyệt.' }) submitted!: number;
  @Field(() => Int, { description: 'Đang bị trả lại để sửa.' }) returned!: number;
  @Field(() => Int, { description: 'Đã được cấp trên duyệt.' }) approved!: number;
  @Field(() => Int, { description: 'Đã hoàn tất (báo cáo cấp cao nhất).' }) finalized!: number;
  @Field(() => Int, { description: 'Nộp lần đầu trước hạn.' }) onTime!: number;
  @Field(() => Int, { description: 'Nộp lần đầu sau hạn.' }) submittedLate!: number;
  @Field(() => Int, { description: 'Quá hạn mà chưa nộp.' }) overdue!: number;
  @Field(() => Float, { description: 'Tỷ lệ đã nộp ít nhất một lần trên số phải nộp (0..1).' }) reportingRate!: number;
  @Field(() => Float, { description: 'Tỷ lệ nộp lần đầu trước hạn trên số phải nộp (0..1).' }) onTimeRate!: number;
  @Field(() => Float, { nullable: true, description: 'Thời gian trung bình (giờ) từ lần nộp đầu tiên tới khi được duyệt, trên các báo cáo đang ở trạng thái đã duyệt/hoàn tất; trống nếu chưa có.' })
  averageHoursToApproval!: number | null;
}

@ObjectType('ChildReportCounts', { description: 'Tình hình báo cáo của các đơn vị ngay dưới một báo cáo.' })
export class ChildReportCountsType {
  @Field(() => Int, { description: 'Số báo cáo cấp dưới phải nộp.' }) expected!: number;
  @Field(() => Int, { description: 'Đã nộp ít nhất một lần (kể cả đang bị trả lại).' }) submitted!: number;
  @Field(() => Int, { description: 'Đã duyệt hoặc đã hoàn tất.' }) approved!: number;
}

@ObjectType('UnitProgress', { description: 'Một đơn vị ngay dưới đơn vị đang xem: trạng thái, hạn nộp, đúng hạn hay muộn.' })
export class UnitProgressType {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => Report) report!: Report;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => Date, { description: 'Hạn nộp của chính báo cáo này (đã tính gia hạn nếu có).' }) dueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Lần nộp đầu tiên.' }) firstSubmittedAt!: Date | null;
  @Field(() => Date, { nullable: true, description: 'Thời điểm được duyệt (trống nếu chưa duyệt hoặc đã bị hủy duyệt).' }) approvedAt!: Date | null;
  @Field(() => SubmissionTimeliness) timeliness!: SubmissionTimeliness;
  @Field(() => Int, { description: 'Số ngày muộn theo lịch Việt Nam (ít nhất 1 khi muộn); 0 nếu không muộn.' }) daysLate!: number;
  @Field(() => ChildReportCountsType, { nullable: true, description: 'Với báo cáo có cấp dưới trong chuỗi: số báo cáo cấp dưới phải nộp, đã nộp, đã duyệt. Xem chi tiết bằng campaignProgress trên đơn vị này.' })
  childCounts!: ChildReportCountsType | null;
}

@ObjectType('CampaignProgress')
export class CampaignProgressType {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => Report, { nullable: true, description: 'Báo cáo của đơn vị được xem; trống nếu cấp của đơn vị không có trong chuỗi (ví dụ huyện trong đợt hai cấp).' })
  report!: Report | null;
  @Field(() => [LevelProgressType]) levels!: LevelProgressType[];
  @Field(() => [Report], { description: 'Các báo cáo ngay dưới đơn vị trong chuỗi, với trạng thái và hạn nộp.' }) children!: Report[];
}

@ObjectType('OverdueReport', { description: 'Một báo cáo quá hạn chưa nộp hoặc đã nộp muộn.' })
export class OverdueReportType {
  @Field(() => Report) report!: Report;
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => Date, { description: 'Hạn nộp của chính báo cáo này.' }) dueAt!: Date;
  @Field(() => Date, { nullable: true, description: 'Lần nộp đầu tiên; trống nếu vẫn chưa nộp.' }) firstSubmittedAt!: Date | null;
  @Field(() => SubmissionTimeliness, { description: 'LATE (đã nộp muộn) hoặc OVERDUE (quá hạn, chưa nộp).' }) timeliness!: SubmissionTimeliness;
  @Field(() => Int, { description: 'Số ngày muộn theo lịch Việt Nam: tới lần nộp đầu tiên, hoặc tới hôm nay nếu chưa nộp.' }) daysLate!: number;
}

@ObjectType()
export class OverdueReportConnection extends Connection('OverdueReport', OverdueReportType) {}

@ObjectType('UnitCampaignTimeliness', { description: 'Báo cáo của một đơn vị trong một đợt báo cáo, với kết quả đúng hạn.' })
export class UnitCampaignTimelinessType {
  @Field(() => Campaign) campaign!: Campaign;
  @Field(() => Report) report!: Report;
  @Field(() => ReportStatus) status!: ReportStatus;
  @Field(() => Date, { description: 'Hạn nộp của chính báo cáo này.' }) dueAt!: Date;
  @Field(() => Date, { nullable: true }) firstSubmittedAt!: Date | null;
  @Field(() => SubmissionTimeliness) timeliness!: SubmissionTimeliness;
  @Field(() => Int, { description: 'Số ngày muộn theo lịch Việt Nam; 0 nếu không muộn.' }) daysLate!: number;
}

@ObjectType('TimelinessTotals', { description: 'Tổng hợp đúng hạn của một đơn vị qua các đợt báo cáo.' })
export class TimelinessTotalsType {
  @Field(() => Int, { description: 'Số đợt báo cáo đơn vị có báo cáo.' }) campaigns!: number;
  @Field(() => Int) onTime!: number;
  @Field(() => Int, { description: 'Đã nộp muộn.' }) late!: number;
  @Field(() => Int, { description: 'Quá hạn mà chưa nộp.' }) overdue!: number;
  @Field(() => Int, { description: 'Chưa nộp, chưa đến hạn.' }) notDue!: number;
}

@ObjectType('UnitTimeliness', { description: 'Đơn vị nộp báo cáo đúng hạn hay muộn qua các đợt, đợt mới nhất trước.' })
export class UnitTimelinessType {
  @Field(() => AdministrativeUnit) unit!: AdministrativeUnit;
  @Field(() => [UnitCampaignTimelinessType], { description: 'Mỗi đợt báo cáo bạn được xem một dòng, đợt mới nhất (theo kỳ số liệu) trước.' })
  reports!: UnitCampaignTimelinessType[];
  @Field(() => TimelinessTotalsType) totals!: TimelinessTotalsType;
}
