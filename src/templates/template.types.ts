import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TemplateSection')
export class TemplateSectionType {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
  @Field(() => String, { nullable: true, description: 'Hướng dẫn ghi dưới tiêu đề mục.' }) note?: string | null;
}

@ObjectType('TemplateColumn')
export class TemplateColumnType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
}

@ObjectType('TemplateColumnSet', { description: 'Bộ cột phân tổ (ví dụ các năm 2009 / 2015 / 31/12/2018).' })
export class TemplateColumnSetType {
  @Field(() => String) code!: string;
  @Field(() => String, { nullable: true }) label?: string | null;
  @Field(() => [TemplateColumnType]) items!: TemplateColumnType[];
}

@ObjectType('Indicator', { description: 'Chỉ tiêu của biểu mẫu. Mã chỉ tiêu là thỏa thuận ổn định với các hệ thống khác.' })
export class IndicatorType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'Đơn vị tính: người, thẻ, %...' }) unit!: string;
  @Field(() => String) section!: string;
  @Field(() => String, { nullable: true, description: 'Số thứ tự dòng như in trên biểu (1, 2, I, II...).' }) row?: string | null;
  @Field(() => String, { description: 'ENTERED (nhập), DERIVED (tính theo công thức hoặc đếm), ASSIGNED (cấp trên giao), TEXT (văn bản).' })
  kind!: string;
  @Field(() => String, { description: 'INTEGER, DECIMAL, PERCENT, TEXT, YES_NO (1 = có, 0 = không), DATE (YYYY-MM-DD).' }) valueType!: string;
  @Field(() => String, { description: 'Cách tổng hợp lên cấp trên: SUM, AVERAGE, MIN, MAX, COUNT (x/y), RECOMPUTE, NONE, COLLECT_TEXT.' })
  aggregation!: string;
  @Field(() => String, { nullable: true, description: 'Mã bộ cột phân tổ; mỗi cột là một ô MÃ.CỘT.' }) columns?: string | null;
  @Field(() => String, { nullable: true }) formula?: string | null;
  @Field(() => String, { nullable: true, description: 'Với COUNT: điều kiện để một báo cáo cấp dưới được đếm.' }) condition?: string | null;
  @Field(() => String, { nullable: true, description: 'Với COUNT: cấp của các báo cáo được đếm (mặc định cấp dưới trực tiếp).' }) countLevel?: string | null;
  @Field(() => String, { nullable: true, description: 'Với chỉ tiêu được giao: mã chỉ tiêu được đánh giá theo kế hoạch này.' }) targetOf?: string | null;
  @Field(() => [String], { nullable: true, description: 'Các cấp có chỉ tiêu này; trống: mọi cấp.' }) levels?: string[] | null;
  @Field(() => Boolean) required!: boolean;
}

@ObjectType('ValidationRule')
export class ValidationRuleType {
  @Field(() => String) code!: string;
  @Field(() => String) left!: string;
  @Field(() => String) operator!: string;
  @Field(() => String) right!: string;
  @Field(() => String, { description: 'ERROR chặn việc nộp; WARNING cần ghi chú giải trình khi nộp.' }) severity!: string;
  @Field(() => String, { description: 'SKIP hoặc ZERO: cách xử lý khi thiếu số liệu.' }) ifMissing!: string;
  @Field(() => String) message!: string;
}

@ObjectType('Template', { description: 'Biểu mẫu báo cáo (một phiên bản).' })
export class TemplateType {
  @Field(() => String) code!: string;
  @Field(() => Int) version!: number;
  @Field(() => String) name!: string;
  @Field(() => String, { nullable: true }) description?: string | null;
  @Field(() => String, { description: 'DRAFT (bản nháp, sửa được) hoặc PUBLISHED (đã ban hành, dùng được cho đợt báo cáo).' }) status!: string;
  @Field(() => Boolean, { description: 'Biểu mẫu có sẵn của hệ thống.' }) builtIn!: boolean;
  @Field(() => Date, { nullable: true }) publishedAt?: Date | null;
  @Field(() => [TemplateSectionType]) sections!: TemplateSectionType[];
  @Field(() => [TemplateColumnSetType]) columnSets!: TemplateColumnSetType[];
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
  @Field(() => [ValidationRuleType]) rules!: ValidationRuleType[];
  @Field(() => String, { description: 'Định nghĩa đầy đủ dạng JSON (để sao chép làm phiên bản mới).' }) definitionJson!: string;
}
