import { formatNumberVi } from '../common/text';
import { Expression } from './expression';
import {
  Aggregation,
  ColumnSetDefinition,
  IndicatorDefinition,
  LevelCode,
  RuleDefinition,
  RuleOperator,
  TemplateDefinition,
} from './template.definition';

/** A value as stored: a number for numeric cells, a text for narratives and dates; `total` is a COUNT's y in x/y. */
export interface StoredValue {
  num: number | null;
  text: string | null;
  total?: number | null;
}

/**
 * One fillable cell of a form: an indicator without columns is one cell with the indicator's code; an indicator
 * with columns has one cell per column, coded `CODE.COLUMN`. Everything that stores, sums or checks values works
 * on cells; the indicator's own settings are copied onto each.
 */
export interface Cell extends IndicatorDefinition {
  indicatorCode: string;
  columnCode: string | null;
  columnLabel: string | null;
}

export interface RuleResult {
  rule: RuleDefinition;
  /** The rule's code, with the column for a rule checked per column ("R_POOR@Y2009"). */
  code: string;
  passed: boolean;
  /** False when the rule was not checked because operands are missing. */
  checked: boolean;
  left: number | null;
  right: number | null;
  message: string;
}

interface CompiledRule {
  def: RuleDefinition;
  code: string;
  columnLabel: string | null;
  left: Expression;
  right: Expression;
}

export interface CountCell {
  cell: Cell;
  condition: Expression;
  level: LevelCode | null;
}

const OPERATORS: Record<RuleOperator, (a: number, b: number) => boolean> = {
  '==': (a, b) => Math.abs(a - b) < 1e-9,
  '!=': (a, b) => Math.abs(a - b) >= 1e-9,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b + 1e-9,
  '>': (a, b) => a > b,
  '>=': (a, b) => a + 1e-9 >= b,
};

export const TEXT_TYPES = new Set(['TEXT', 'DATE']);
/** Aggregations a consolidating report takes from its children by SQL, per cell. */
export const SQL_AGGREGATIONS: Aggregation[] = ['SUM', 'AVERAGE', 'MIN', 'MAX'];
const LEVELS: LevelCode[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
/** Longest cell code: report values and targets store it in a 64-character column. */
export const MAX_CELL_CODE_LENGTH = 64;
/**
 * Most cells a form may have (the built-in forms have a few hundred). Indicators times columns grows fast: 200
 * indicators over a set of 20.000 columns took 20 seconds and a gigabyte to compile, and every report of the form
 * compiles it again.
 */
export const MAX_CELLS = 20000;

export function isTextCell(cell: Pick<IndicatorDefinition, 'valueType'>): boolean {
  return TEXT_TYPES.has(cell.valueType);
}

/**
 * A template definition checked and parsed once: formulas, conditions and rules are expressions over known
 * cells, derived cells are ordered so that each is computed after what it reads.
 */
export class CompiledTemplate {
  readonly indicators: IndicatorDefinition[];
  readonly cells: Cell[] = [];
  readonly byCode = new Map<string, Cell>();
  readonly columnSets = new Map<string, ColumnSetDefinition>();
  readonly countCells: CountCell[] = [];
  private readonly indicatorByCode = new Map<string, IndicatorDefinition>();
  private readonly derivedOrder: { cell: Cell; expr: Expression }[] = [];
  private readonly rules: CompiledRule[] = [];

  constructor(readonly definition: TemplateDefinition) {
    this.indicators = definition.indicators;
    const problems: string[] = [];
    const sections = new Set(definition.sections.map((s) => s.code));
    if (sections.size !== definition.sections.length) problems.push('có mã mục bị trùng');
    for (const set of definition.columnSets ?? []) {
      if (this.columnSets.has(set.code)) problems.push(`bộ cột ${set.code} bị trùng`);
      if (!set.items.length) problems.push(`bộ cột ${set.code} chưa có cột nào`);
      if (new Set(set.items.map((i) => i.code)).size !== set.items.length) problems.push(`bộ cột ${set.code} có mã cột bị trùng`);
      this.columnSets.set(set.code, set);
    }
    const cellCount = definition.indicators.reduce((n, ind) => n + ((ind.columns && this.columnSets.get(ind.columns)?.items.length) || 1), 0);
    if (cellCount > MAX_CELLS) {
      throw new TemplateDefinitionError(definition.code, [`biểu mẫu có ${cellCount} ô số liệu (chỉ tiêu × cột), tối đa ${MAX_CELLS}`]);
    }
    for (const ind of definition.indicators) {
      if (this.indicatorByCode.has(ind.code)) problems.push(`mã chỉ tiêu ${ind.code} bị trùng`);
      this.indicatorByCode.set(ind.code, ind);
      if (!sections.has(ind.section)) problems.push(`chỉ tiêu ${ind.code} thuộc mục ${ind.section} không tồn tại`);
      if (ind.kind === 'TEXT' && ind.valueType !== 'TEXT') problems.push(`chỉ tiêu ${ind.code}: loại TEXT phải có kiểu TEXT`);
      if (ind.valueType === 'TEXT' && ind.kind !== 'TEXT' && ind.kind !== 'ENTERED') problems.push(`chỉ tiêu ${ind.code}: chỉ tiêu văn bản chỉ được nhập`);
      if (ind.kind === 'DERIVED' && ind.aggregation !== 'COUNT' && !ind.formula) {
        problems.push(`chỉ tiêu ${ind.code} là chỉ tiêu tính toán nhưng thiếu công thức`);
      }
      if (ind.aggregation === 'COUNT' && !ind.condition) problems.push(`chỉ tiêu ${ind.code} đếm đơn vị nhưng thiếu điều kiện (condition)`);
      if (ind.aggregation === 'COUNT' && ind.valueType !== 'INTEGER') problems.push(`chỉ tiêu ${ind.code} đếm đơn vị nên phải có kiểu INTEGER`);
      if (ind.aggregation === 'COLLECT_TEXT' && ind.valueType !== 'TEXT') problems.push(`chỉ tiêu ${ind.code}: COLLECT_TEXT chỉ dùng cho văn bản`);
      if (isTextCell(ind) && SQL_AGGREGATIONS.includes(ind.aggregation)) problems.push(`chỉ tiêu ${ind.code}: không thể cộng/tính trung bình văn bản hoặc ngày`);
      if (ind.countLevel && !LEVELS.includes(ind.countLevel)) problems.push(`chỉ tiêu ${ind.code}: cấp ${ind.countLevel} không tồn tại`);
      for (const level of ind.levels ?? []) if (!LEVELS.includes(level)) problems.push(`chỉ tiêu ${ind.code}: cấp ${level} không tồn tại`);
      if (ind.code.includes('.') || ind.code.includes(':')) problems.push(`mã chỉ tiêu ${ind.code} không được chứa dấu chấm hoặc hai chấm`);
      const set = ind.columns ? this.columnSets.get(ind.columns) : undefined;
      if (ind.columns && !set) problems.push(`chỉ tiêu ${ind.code} dùng bộ cột ${ind.columns} không tồn tại`);
      const columns = set ? set.items : [null];
      for (const column of columns) {
        const cell: Cell = {
          ...ind,
          code: column ? `${ind.code}.${column.code}` : ind.code,
          indicatorCode: ind.code,
          columnCode: column?.code ?? null,
          columnLabel: column?.label ?? null,
        };
        if (this.byCode.has(cell.code)) problems.push(`ô ${cell.code} bị trùng`);
        if (cell.code.length > MAX_CELL_CODE_LENGTH) problems.push(`mã ô ${cell.code} dài quá ${MAX_CELL_CODE_LENGTH} ký tự (mã chỉ tiêu và mã cột cộng lại)`);
        this.cells.push(cell);
        this.byCode.set(cell.code, cell);
      }
    }
    for (const ind of definition.indicators) {
      if (!ind.targetOf) continue;
      if (ind.kind !== 'ASSIGNED') problems.push(`chỉ tiêu ${ind.code}: chỉ chỉ tiêu được giao (ASSIGNED) mới là chỉ tiêu kế hoạch của chỉ tiêu khác`);
      const of = this.indicatorByCode.get(ind.targetOf);
      if (!of || isTextCell(of)) problems.push(`chỉ tiêu ${ind.code} là kế hoạch của ${ind.targetOf}, mã này không phải chỉ tiêu số`);
      else if ((of.columns ?? null) !== (ind.columns ?? null)) problems.push(`chỉ tiêu ${ind.code} và ${ind.targetOf} phải có cùng bộ cột`);
    }

    /** A reference as written, resolved to a cell code for the given column (or null when it is not one). */
    const resolve = (ref: string, column: string | null): string | null => {
      const prev = ref.startsWith('prev:');
      const bare = prev ? ref.slice(5) : ref;
      let cellCode: string | null = null;
      if (this.byCode.has(bare)) cellCode = bare;
      else {
        const ind = this.indicatorByCode.get(bare);
        if (ind?.columns && column && this.columnSets.get(ind.columns)?.items.some((i) => i.code === column)) cellCode = `${bare}.${column}`;
      }
      if (!cellCode || isTextCell(this.byCode.get(cellCode)!)) return null;
      return prev ? `prev:${cellCode}` : cellCode;
    };
    const compile = (source: string, where: string, column: string | null): Expression | null => {
      let expr: Expression;
      try {
        expr = Expression.parse(source);
      } catch (error) {
        problems.push(`${where}: ${(error as Error).message}`);
        return null;
      }
      let ok = true;
      for (const ref of expr.written) {
        if (!resolve(ref, column)) {
          ok = false;
          const bare = ref.replace(/^prev:/, '');
          const ind = this.indicatorByCode.get(bare);
          problems.push(
            ind?.columns && !column
              ? `${where}: "${bare}" có nhiều cột, cần ghi rõ ô, ví dụ ${bare}.${this.columnSets.get(ind.columns)?.items[0]?.code ?? 'COT'}`
              : `${where}: "${bare}" không phải mã chỉ tiêu số (hoặc ô) của biểu mẫu`,
          );
        }
      }
      return ok ? expr.bind((ref) => resolve(ref, column)!) : null;
    };

    // Order derived cells so each follows the ones it reads; a cycle is an error.
    const pending = new Map<string, { cell: Cell; expr: Expression }>();
    for (const cell of this.cells) {
      if (cell.aggregation === 'COUNT') {
        const where = `điều kiện đếm của ${cell.code}`;
        const condition = compile(cell.condition ?? '', where, cell.columnCode);
        const unusable = condition?.references.filter((r) => r.startsWith('prev:') || this.byCode.get(r)?.kind === 'ASSIGNED' || this.byCode.get(r)?.aggregation === 'COUNT');
        if (unusable?.length) problems.push(`${where}: không dùng được ${unusable.join(', ')} (số năm trước, chỉ tiêu được giao, ô đếm) để đếm báo cáo cấp dưới`);
        else if (condition) this.countCells.push({ cell, condition, level: cell.countLevel ?? null });
        continue;
      }
      if (cell.kind !== 'DERIVED' || !cell.formula) continue;
      const expr = compile(cell.formula, `công thức của ${cell.code}`, cell.columnCode);
      if (expr?.references.some((r) => r.startsWith('prev:'))) problems.push(`công thức của ${cell.code}: prev(...) chỉ dùng trong quy tắc kiểm tra`);
      else if (expr) pending.set(cell.code, { cell, expr });
    }
    while (pending.size > 0) {
      const ready = [...pending.values()].filter((p) => p.expr.references.every((r) => !pending.has(r)));
      if (ready.length === 0) {
        problems.push(`công thức vòng tròn giữa các ô ${[...pending.keys()].join(', ')}`);
        break;
      }
      for (const item of ready) {
        this.derivedOrder.push(item);
        pending.delete(item.cell.code);
      }
    }

    const ruleCodes = new Set<string>();
    for (const rule of definition.rules) {
      if (ruleCodes.has(rule.code)) problems.push(`mã quy tắc ${rule.code} bị trùng`);
      ruleCodes.add(rule.code);
      if (!OPERATORS[rule.operator]) problems.push(`quy tắc ${rule.code}: phép so sánh "${rule.operator}" không hợp lệ`);
      if (rule.severity !== 'ERROR' && rule.severity !== 'WARNING') problems.push(`quy tắc ${rule.code}: mức độ phải là ERROR hoặc WARNING`);
      if (rule.ifMissing !== 'SKIP' && rule.ifMissing !== 'ZERO') problems.push(`quy tắc ${rule.code}: ifMissing phải là SKIP hoặc ZERO`);
      // A rule over indicators with columns (named without a column) is checked once per column of their set.
      let sets: Set<string>;
      try {
        sets = new Set(
          [Expression.parse(rule.left), Expression.parse(rule.right)]
            .flatMap((e) => e.written)
            .map((ref) => this.indicatorByCode.get(ref.replace(/^prev:/, ''))?.columns)
            .filter((s): s is string => !!s),
        );
      } catch (error) {
        problems.push(`quy tắc ${rule.code}: ${(error as Error).message}`);
        continue;
      }
      if (sets.size > 1) {
        problems.push(`quy tắc ${rule.code} dùng chỉ tiêu thuộc nhiều bộ cột khác nhau; hãy ghi rõ từng ô`);
        continue;
      }
      const set = sets.size ? this.columnSets.get([...sets][0]) : undefined;
      for (const column of set ? set.items : [null]) {
        const where = `quy tắc ${rule.code}${column ? ` (cột ${column.label})` : ''}`;
        const left = compile(rule.left, `${where}, vế trái`, column?.code ?? null);
        const right = compile(rule.right, `${where}, vế phải`, column?.code ?? null);
        if (left && right) {
          this.rules.push({ def: rule, code: column ? `${rule.code}@${column.code}` : rule.code, columnLabel: column?.label ?? null, left, right });
        }
      }
    }
    if (problems.length > 0) {
      throw new TemplateDefinitionError(definition.code, problems);
    }
  }

  indicator(code: string): IndicatorDefinition | undefined {
    return this.indicatorByCode.get(code);
  }

  /** Cells shown on a report of the given level. */
  cellsFor(level: string): Cell[] {
    return this.cells.filter((c) => appliesTo(c, level));
  }

  /** Stored cells a consolidating report takes from its children by SUM, AVERAGE, MIN or MAX. */
  cellsAggregatedBy(aggregation: Aggregation): string[] {
    return this.cells.filter((c) => c.aggregation === aggregation && c.kind === 'ENTERED' && !isTextCell(c)).map((c) => c.code);
  }

  get summedCodes(): string[] {
    return this.cellsAggregatedBy('SUM');
  }

  private targetMap: Map<string, string> | null = null;

  /** The target cell (an ASSIGNED cell with `targetOf`) for each cell judged against one. Computed once. */
  get targets(): Map<string, string> {
    if (!this.targetMap) {
      this.targetMap = new Map();
      for (const cell of this.cells) {
        if (cell.targetOf) this.targetMap.set(cell.columnCode ? `${cell.targetOf}.${cell.columnCode}` : cell.targetOf, cell.code);
      }
    }
    return this.targetMap;
  }

  get hasAssigned(): boolean {
    return this.cells.some((c) => c.kind === 'ASSIGNED');
  }

  /** Whether any rule reads the previous year's values. */
  get readsPreviousYear(): boolean {
    return this.rules.some((r) => [...r.left.references, ...r.right.references].some((ref) => ref.startsWith('prev:')));
  }

  /** Stored values plus every derived cell computed from them. */
  withDerived(stored: Map<string, StoredValue>): Map<string, StoredValue> {
    const all = new Map(stored);
    for (const { cell, expr } of this.derivedOrder) {
      const num = expr.evaluate((code) => all.get(code)?.num ?? null);
      all.set(cell.code, { num, text: null });
    }
    return all;
  }

  /** Checks every rule against a complete value map (derived cells and `prev:` values included). */
  evaluateRules(values: Map<string, StoredValue>, level?: string): RuleResult[] {
    return this.rules
      .filter(({ left, right }) => !level || [...left.references, ...right.references].every((r) => appliesTo(this.byCode.get(r.replace(/^prev:/, ''))!, level)))
      .map(({ def, code, columnLabel, left, right }) => {
        const refs = [...left.references, ...right.references];
        const present = refs.filter((r) => values.get(r)?.num != null);
        const missingAll = present.length === 0;
        const missingSome = present.length < refs.length;
        // A previous-year value that is not known is never read as zero.
        const missingPrev = refs.some((r) => r.startsWith('prev:') && values.get(r)?.num == null);
        if (missingAll || missingPrev || (missingSome && def.ifMissing === 'SKIP')) {
          return { rule: def, code, passed: true, checked: false, left: null, right: null, message: '' };
        }
        const lookup = (ref: string) => values.get(ref)?.num ?? 0;
        const l = left.evaluate(lookup);
        const r = right.evaluate(lookup);
        if (l == null || r == null) {
          return { rule: def, code, passed: true, checked: false, left: l, right: r, message: '' };
        }
        const passed = OPERATORS[def.operator](l, r);
        const decimals = !Number.isInteger(l) || !Number.isInteger(r);
        const message = passed
          ? ''
          : def.message.replace('{left}', formatNumberVi(l, decimals)).replace('{right}', formatNumberVi(r, decimals)) +
            (columnLabel ? ` (cột ${columnLabel})` : '');
        return { rule: def, code, passed, checked: true, left: l, right: r, message };
      });
  }
}

export function appliesTo(cell: Pick<IndicatorDefinition, 'levels'>, level: string): boolean {
  return !cell.levels || cell.levels.length === 0 || cell.levels.includes(level as LevelCode);
}

export class TemplateDefinitionError extends Error {
  constructor(
    readonly templateCode: string,
    readonly problems: string[],
  ) {
    super(`Biểu mẫu ${templateCode} không hợp lệ: ${problems.join('; ')}.`);
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
