import { Field, Int, ObjectType } from 'type-graphql';
import { Report } from '../reports/report.entity';

@ObjectType('Workbook', { description: 'Một tệp Excel (.xlsx) do hệ thống tạo, mã hóa base64.' })
export class WorkbookType {
  @Field(() => String, { description: 'Tên tệp gợi ý, chỉ gồm ký tự ASCII, ví dụ BHYT_COVERAGE_076_Huyen_Son_Duong.xlsx.' })
  filename!: string;
  @Field(() => String) contentType!: string;
  @Field(() => String, { description: 'Nội dung tệp, mã hóa base64.' }) base64!: string;
  @Field(() => Int, { description: 'Kích thước tệp (byte).' }) bytes!: number;
}

@ObjectType('WorkbookCellError', { description: 'Một ô của bảng tính không nhận được, và lý do.' })
export class WorkbookCellErrorType {
  @Field(() => String, { description: 'Tên trang tính.' }) sheet!: string;
  @Field(() => String, { nullable: true, description: 'Địa chỉ ô kiểu A1, ví dụ E12; trống khi lỗi thuộc cả tệp.' }) cell!: string | null;
  @Field(() => String, { nullable: true, description: 'Mã ô của biểu mẫu (POP, PL4_INSURED.Y2009...), nếu biết.' }) code!: string | null;
  @Field(() => String) message!: string;
}

@ObjectType('WorkbookImportResult', { description: 'Kết quả nhập số liệu từ tệp Excel: có lỗi ở ô nào thì không lưu gì.' })
export class WorkbookImportResultType {
  @Field(() => Boolean, { description: 'Đã lưu (hoặc không có gì thay đổi). Có lỗi thì false và không lưu gì.' }) saved!: boolean;
  @Field(() => Report, { nullable: true, description: 'Báo cáo sau khi lưu.' }) report!: Report | null;
  @Field(() => [String], { description: 'Các ô có giá trị thay đổi.' }) changedCodes!: string[];
  @Field(() => [String], { description: 'Các ô tự tính, tổng hợp hoặc được giao (hay không thuộc cấp này) được bỏ qua vì để trống hoặc không đổi.' })
  skipped!: string[];
  @Field(() => [WorkbookCellErrorType]) errors!: WorkbookCellErrorType[];
}
