import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('TemplateSection')
export class TemplateSectionType {
  @Field(() => String) code!: string;
  @Field(() => String) title!: string;
}

@ObjectType('Indicator', { description: 'Chỉ tiêu của biểu mẫu. Mã chỉ tiêu là thỏa thuận ổn định với các hệ thống khác.' })
export class IndicatorType {
  @Field(() => String) code!: string;
  @Field(() => String) label!: string;
  @Field(() => String, { description: 'Đơn vị tính: người, thẻ, %...' }) unit!: string;
  @Field(() => String) section!: string;
  @Field(() => String, { description: 'ENTERED (nhập), DERIVED (tính theo công thức), ASSIGNED (cấp trên giao), TEXT (văn bản).' })
  kind!: string;
  @Field(() => String, { description: 'INTEGER, DECIMAL, PERCENT, TEXT.' }) valueType!: string;
  @Field(() => String, { description: 'Cách tổng hợp lên cấp trên: SUM, RECOMPUTE, NONE, COLLECT_TEXT.' })
  aggregation!: string;
  @Field(() => String, { nullable: true }) formula?: string | null;
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
  @Field(() => [TemplateSectionType]) sections!: TemplateSectionType[];
  @Field(() => [IndicatorType]) indicators!: IndicatorType[];
  @Field(() => [ValidationRuleType]) rules!: ValidationRuleType[];
}
