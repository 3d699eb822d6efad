/**
 * A report form described as data. Built-in forms live as JSON beside this file; admins add their own through
 * GraphQL. Nothing in the workflow or the consolidation knows an indicator code: they read these definitions.
 */
export type IndicatorKind = 'ENTERED' | 'DERIVED' | 'ASSIGNED' | 'TEXT';
export type ValueType = 'INTEGER' | 'DECIMAL' | 'PERCENT' | 'TEXT' | 'YES_NO' | 'DATE';
/**
 * How a report with children obtains the indicator:
 * SUM, AVERAGE, MIN, MAX over its approved children; COUNT of the approved reports at `countLevel` (default: the
 * direct children) meeting `condition`, shown as x/y; RECOMPUTE: a derived indicator computed again from the
 * consolidated parts; NONE: each level enters its own; COLLECT_TEXT: each level writes its own text and sees
 * its children's texts beside it.
 */
export type Aggregation = 'SUM' | 'AVERAGE' | 'MIN' | 'MAX' | 'COUNT' | 'RECOMPUTE' | 'NONE' | 'COLLECT_TEXT';
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type RuleSeverity = 'ERROR' | 'WARNING';
/** SKIP: the rule is not checked while an operand is missing. ZERO: missing operands count as 0, unless all are missing. */
export type MissingPolicy = 'SKIP' | 'ZERO';
export type LevelCode = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';

export interface SectionDefinition {
  code: string;
  title: string;
  /** Guidance printed under the title (e.g. "ghi tỷ lệ % vào ô tương ứng"). */
  note?: string;
}

/** A set of disaggregation columns, e.g. the years 2009 / 2015 / 31/12/2018. */
export interface ColumnSetDefinition {
  code: string;
  /** Header over the columns, e.g. "Năm". */
  label?: string;
  items: { code: string; label: string }[];
}

export interface IndicatorDefinition {
  code: string;
  label: string;
  unit: string;
  section: string;
  kind: IndicatorKind;
  valueType: ValueType;
  aggregation: Aggregation;
  /** Row number as printed in the form ("1", "I", "a"). */
  row?: string;
  /**
   * Code of a column set: the indicator then has one cell per column, stored as `CODE.COLUMN`.
   * In formulas, a plain code of an indicator with the same columns means the same column's cell.
   */
  columns?: string;
  /** For DERIVED indicators: an expression over other codes, e.g. "INSURED / POP * 100". */
  formula?: string;
  /** For COUNT: which reports are counted (a condition over their values, e.g. "A1_OWN > 0"). */
  condition?: string;
  /** For COUNT: the level of the reports counted under this one; the direct children when absent. */
  countLevel?: LevelCode;
  /** For ASSIGNED indicators: the indicator whose result is judged against this target. */
  targetOf?: string;
  /** An entered indicator that must have a value before the report can be submitted. */
  required?: boolean;
  /** Levels whose reports show this indicator; all when absent. */
  levels?: LevelCode[];
}

export interface RuleDefinition {
  code: string;
  /** Expressions over codes; `prev(CODE)` is the unit's value in the previous year's round. */
  left: string;
  operator: RuleOperator;
  right: string;
  severity: RuleSeverity;
  ifMissing: MissingPolicy;
  /** Vietnamese message; {left} and {right} are replaced by the two sides' values. */
  message: string;
}

export interface TemplateDefinition {
  code: string;
  name: string;
  description?: string;
  sections: SectionDefinition[];
  columnSets?: ColumnSetDefinition[];
  indicators: IndicatorDefinition[];
  rules: RuleDefinition[];
}
