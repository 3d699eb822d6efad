import { formatNumberVi } from '../common/text';
import { Expression } from './expression';
import {
  IndicatorDefinition,
  RuleDefinition,
  RuleOperator,
  TemplateDefinition,
} from './template.definition';

/** A value as stored: a number for numeric indicators, a text for narratives. */
export interface StoredValue {
  num: number | null;
  text: string | null;
}

export interface RuleResult {
  rule: RuleDefinition;
  passed: boolean;
  /** False when the rule was not checked because operands are missing. */
  checked: boolean;
  left: number | null;
  right: number | null;
  message: string;
}

interface CompiledRule {
  def: RuleDefinition;
  left: Expression;
  right: Expression;
}

const OPERATORS: Record<RuleOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => Math.abs(a - b) < 1e-9,
  '!=': (a, b) => Math.abs(a - b) >= 1e-9,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b + 1e-9,
  '>': (a, b) => a > b,
  '>=': (a, b) => a + 1e-9 >= b,
};

/**
 * A template definition checked and parsed once: formulas and rules are expressions over known codes,
 * derived indicators are ordered so that each is computed after what it reads.
 */
export class CompiledTemplate {
  readonly indicators: IndicatorDefinition[];
  readonly byCode = new Map<string, IndicatorDefinition>();
  private readonly derivedOrder: { def: IndicatorDefinition; expr: Expression }[] = [];
  private readonly rules: CompiledRule[] = [];

  constructor(readonly definition: TemplateDefinition) {
    this.indicators = definition.indicators;
    const problems: string[] = [];
    const sections = new Set(definition.sections.map((s) => s.code));
    for (const ind of definition.indicators) {
      if (this.byCode.has(ind.code)) problems.push(`mã chỉ tiêu ${ind.code} bị trùng`);
      this.byCode.set(ind.code, ind);
      if (!sections.has(ind.section)) problems.push(`chỉ tiêu ${ind.code} thuộc mục ${ind.section} không tồn tại`);
      if ((ind.kind === 'TEXT') !== (ind.valueType === 'TEXT')) problems.push(`chỉ tiêu ${ind.code}: kiểu văn bản không khớp`);
      if (ind.kind === 'DERIVED' && !ind.formula) problems.push(`chỉ tiêu ${ind.code} là chỉ tiêu tính toán nhưng thiếu công thức`);
    }
    const numeric = (code: string) => {
      const ind = this.byCode.get(code);
      return ind !== undefined && ind.valueType !== 'TEXT';
    };
    const parse = (source: string, where: string): Expression | null => {
      try {
        const expr = Expression.parse(source);
        for (const ref of expr.references) {
          if (!numeric(ref)) problems.push(`${where}: "${ref}" không phải mã chỉ tiêu số của biểu mẫu`);
        }
        return expr;
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
        return null;
      }
    };

    // Order derived indicators so each follows the ones it reads; a cycle is an error.
    const pending = new Map<string, { def: IndicatorDefinition; expr: Expression }>();
    for (const ind of definition.indicators) {
      if (ind.kind !== 'DERIVED' || !ind.formula) continue;
      const expr = parse(ind.formula, `công thức của ${ind.code}`);
      if (expr) pending.set(ind.code, { def: ind, expr });
    }
    while (pending.size > 0) {
      const ready = [...pending.values()].filter((p) => p.expr.references.every((r) => !pending.has(r)));
      if (ready.length === 0) {
        problems.push(`công thức vòng tròn giữa các chỉ tiêu ${[...pending.keys()].join(', ')}`);
        break;
      }
      for (const item of ready) {
        this.derivedOrder.push(item);
        pending.delete(item.def.code);
      }
    }

    for (const rule of definition.rules) {
      if (!OPERATORS[rule.operator]) problems.push(`quy tắc ${rule.code}: phép so sánh "${rule.operator}" không hợp lệ`);
      const left = parse(rule.left, `quy tắc ${rule.code} (vế trái)`);
      const right = parse(rule.right, `quy tắc ${rule.code} (vế phải)`);
      if (left && right) this.rules.push({ def: rule, left, right });
    }
    if (problems.length > 0) {
      throw new Error(`Biểu mẫu ${definition.code} không hợp lệ: ${problems.join('; ')}.`);
    }
  }

  get summedCodes(): string[] {
    return this.indicators.filter((i) => i.aggregation === 'SUM').map((i) => i.code);
  }

  /** Entered values plus every derived indicator computed from them. */
  withDerived(stored: Map<string, StoredValue>): Map<string, StoredValue> {
    const all = new Map(stored);
    for (const { def, expr } of this.derivedOrder) {
      const num = expr.evaluate((code) => all.get(code)?.num ?? null);
      all.set(def.code, { num, text: null });
    }
    return all;
  }

  /** Checks every rule against a complete value map (derived indicators included). */
  evaluateRules(values: Map<string, StoredValue>): RuleResult[] {
    return this.rules.map(({ def, left, right }) => {
      const refs = [...left.references, ...right.references];
      const present = refs.filter((r) => values.get(r)?.num != null);
      const missingAll = present.length === 0;
      const missingSome = present.length < refs.length;
      if (missingAll || (missingSome && def.ifMissing === 'SKIP')) {
        return { rule: def, passed: true, checked: false, left: null, right: null, message: '' };
      }
      const lookup = (code: string) => values.get(code)?.num ?? 0;
      const l = left.evaluate(lookup);
      const r = right.evaluate(lookup);
      if (l == null || r == null) {
        return { rule: def, passed: true, checked: false, left: l, right: r, message: '' };
      }
      const passed = OPERATORS[def.operator](l, r);
      const decimals = !Number.isInteger(l) || !Number.isInteger(r);
      const message = passed
        ? ''
        : def.message
            .replace('{left}', formatNumberVi(l, decimals))
            .replace('{right}', formatNumberVi(r, decimals));
      return { rule: def, passed, checked: true, left: l, right: r, message };
    });
  }
}

const compiled = new Map<string, CompiledTemplate>();

/** Compiled templates are immutable per stored version, so they are cached by that key. */
export function compileTemplate(key: string, definition: TemplateDefinition): CompiledTemplate {
  let hit = compiled.get(key);
  if (!hit) {
    hit = new CompiledTemplate(definition);
    compiled.set(key, hit);
  }
  return hit;
}
