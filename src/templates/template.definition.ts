/**
 * A report form described as data. Built-in forms live as JSON beside this file; admins will add their own.
 * Nothing in the workflow or the consolidation knows an indicator code: they read these definitions.
 */
export type IndicatorKind = 'ENTERED' | 'DERIVED' | 'ASSIGNED' | 'TEXT';
export type ValueType = 'INTEGER' | 'DECIMAL' | 'PERCENT' | 'TEXT';
/** How a parent report obtains the indicator from its children. */
export type Aggregation = 'SUM' | 'RECOMPUTE' | 'NONE' | 'COLLECT_TEXT';
export type RuleOperator = '==' | '!=' | '<' | '<=' | '>' | '>=';
export type RuleSeverity = 'ERROR' | 'WARNING';
/** SKIP: the rule is not checked while an operand is missing. ZERO: missing operands count as 0, unless all are missing. */
export type MissingPolicy = 'SKIP' | 'ZERO';

export interface SectionDefinition {
  code: string;
  title: string;
}

export interface IndicatorDefinition {
  code: string;
  label: string;
  unit: string;
  section: string;
  kind: IndicatorKind;
  valueType: ValueType;
  aggregation: Aggregation;
  /** For DERIVED indicators: an arithmetic expression over other codes, e.g. "INSURED / POP * 100". */
  formula?: string;
  /** An entered indicator that must have a value before the report can be submitted. */
  required?: boolean;
}

export interface RuleDefinition {
  code: string;
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
  indicators: IndicatorDefinition[];
  rules: RuleDefinition[];
}
