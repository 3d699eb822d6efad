import { Field, InputType, Int } from 'type-graphql';
import { LatePolicy } from './campaign.entity';
import { UnitLevel } from '../units/unit.entity';

@InputType()
export class DeadlineInput {
  @Field(() => UnitLevel) level!: UnitLevel;
  @Field(() => Date, { description: 'Thời điểm hết hạn, ISO-8601 có múi giờ, ví dụ "2019-04-20T00:00:00+07:00" cho "trước ngày 20/4/2019".' })
  dueAt!: Date;
}

@InputType()
export class CreateCampaignInput {
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true, description: 'Số hiệu văn bản, ví dụ "134-KH/TU".' }) documentNumber?: string | null;
  @Field(() => String, { description: 'Mã biểu mẫu, ví dụ "BHYT_COVERAGE".' }) templateCode!: string;
  @Field(() => Int, { nullable: true, description: 'Phiên bản biểu mẫu đã ban hành; bỏ trống: phiên bản ban hành mới nhất.' }) templateVersion?: number | null;
  @Field(() => String, { description: 'Ngày đầu kỳ số liệu (YYYY-MM-DD).' }) periodStart!: string;
  @Field(() => String, { description: 'Ngày cuối kỳ số liệu (YYYY-MM-DD); danh mục đơn vị hiệu lực tại ngày này được dùng.' })
  periodEnd!: string;
  @Field(() => String, { nullable: true, description: 'Mã đơn vị gốc (cấp cao nhất của chuỗi); bỏ trống cho đợt toàn quốc (mọi tỉnh).' })
  rootUnitCode?: string | null;
  @Field(() => [UnitLevel], { description: 'Các cấp của chuỗi, ví dụ [COMMUNE, DISTRICT, PROVINCE] hoặc [COMMUNE, PROVINCE].' })
  levels!: UnitLevel[];
  @Field(() => [DeadlineInput], { description: 'Một hạn nộp cho mỗi cấp; cấp dưới phải sớm hơn cấp trên.' })
  deadlines!: DeadlineInput[];
  @Field(() => LatePolicy, { nullable: true, description: 'Mặc định ALLOW_LATE: nhận báo cáo muộn và đánh dấu muộn.' })
  latePolicy?: LatePolicy | null;
  @Field(() => Int, { nullable: true, description: 'Số giờ ân hạn trước khi khóa (LOCK_AFTER_GRACE); mặc định 0.' })
  graceHours?: number | null;
  @Field(() => [Int], { nullable: true, description: 'Nhắc trước hạn bao nhiêu ngày; mặc định [7, 3, 1].' })
  reminderDays?: number[] | null;
  @Field(() => Boolean, { nullable: true, description: 'Lùi hạn rơi vào ngày nghỉ sang hết ngày làm việc tiếp theo; mặc định không.' })
  rollForwardRestDays?: boolean | null;
}
