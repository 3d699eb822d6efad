import jsep from 'jsep';

const ARITHMETIC = ['+', '-', '*', '/'];
const COMPARISON = ['<', '<=', '>', '>=', '==', '!=', '===', '!=='];
const LOGICAL = ['&&', '||'];
/** Functions a form may call: `prev(CODE)` reads the unit's value in the previous year's round. */
const FUNCTIONS = ['prev'];

type Lookup = (ref: string) => number | null | undefined;

/**
 * Arithmetic and comparisons over indicator codes, parsed by jsep into a tree and evaluated here. Nothing is
 * ever passed to eval. A reference is a code (`POP`), a cell of an indicator with columns (`INSURED.Y2009`), or
 * a previous-year value (`prev(COVERAGE_RATE)`, referenced as `prev:COVERAGE_RATE`). Comparisons and && / ||
 * give 1 or 0. A division by zero or a missing operand yields null ("cannot be computed"), never Infinity or NaN.
 */
export class Expression {
  /** The references as written, before any binding. */
  readonly written: string[];
  /** The references after binding (what `evaluate` will look up). */
  readonly references: string[];

  private constructor(
    readonly source: string,
    private readonly tree: jsep.Expression,
    private readonly binding: ReadonlyMap<string, string>,
  ) {
    const refs = new Set<string>();
    Expression.collect(tree, refs);
    this.written = [...refs];
    this.references = [...new Set(this.written.map((r) => binding.get(r) ?? r))];
  }

  static parse(source: string): Expression {
    let tree: jsep.Expression;
    if (typeof source !== 'string' || source.trim() === '') throw new Error('Biểu thức trống.');
    try {
      tree = jsep(source);
    } catch (error) {
      const at = (error as { index?: number }).index;
      throw new Error(`Biểu thức "${source}" viết sai cú pháp${typeof at === 'number' ? ` ở ký tự thứ ${at + 1}` : ''} (kiểm tra dấu ngoặc, phép toán và mã chỉ tiêu).`);
    }
    Expression.check(tree, source);
    return new Expression(source, tree, new Map());
  }

  /** The same expression with references renamed (e.g. `INSURED` → `INSURED.Y2009` for one column). */
  bind(rename: (ref: string) => string): Expression {
    return new Expression(this.source, this.tree, new Map(this.written.map((r) => [r, rename(r)])));
  }

  evaluate(lookup: Lookup): number | null {
    return Expression.evalNode(this.tree, (ref) => lookup(this.binding.get(ref) ?? ref));
  }

  private static refOf(node: jsep.Expression): string | null {
    if (node.type === 'Identifier') return (node as jsep.Identifier).name;
    if (node.type === 'MemberExpression') {
      const m = node as jsep.MemberExpression;
      if (m.computed || m.object.type !== 'Identifier' || m.property.type !== 'Identifier') return null;
      return `${(m.object as jsep.Identifier).name}.${(m.property as jsep.Identifier).name}`;
    }
    if (node.type === 'CallExpression') {
      const call = node as jsep.CallExpression;
      const inner = call.arguments.length === 1 ? Expression.refOf(call.arguments[0]) : null;
      if (call.callee.type !== 'Identifier' || !inner || inner.includes(':')) return null;
      return `${(call.callee as jsep.Identifier).name}:${inner}`;
    }
    return null;
  }

  private static check(node: jsep.Expression, source: string): void {
    switch (node.type) {
      case 'Literal':
        if (typeof (node as jsep.Literal).value !== 'number') {
          throw new Error(`Biểu thức "${source}" chỉ được chứa số và mã chỉ tiêu.`);
        }
        return;
      case 'Identifier':
        return;
      case 'MemberExpression':
        if (!Expression.refOf(node)) throw new Error(`Biểu thức "${source}": ô số liệu viết dạng MÃ_CHỈ_TIÊU.MÃ_CỘT.`);
        return;
      case 'CallExpression': {
        const call = node as jsep.CallExpression;
        const name = call.callee.type === 'Identifier' ? (call.callee as jsep.Identifier).name : '';
        if (!FUNCTIONS.includes(name)) throw new Error(`Biểu thức "${source}" gọi hàm "${name}" không được hỗ trợ (chỉ có prev).`);
        if (!Expression.refOf(node)) throw new Error(`Biểu thức "${source}": prev(...) nhận đúng một mã chỉ tiêu.`);
        return;
      }
      case 'BinaryExpression': {
        const bin = node as jsep.BinaryExpression;
        if (![...ARITHMETIC, ...COMPARISON, ...LOGICAL].includes(bin.operator)) {
          throw new Error(`Biểu thức "${source}" dùng phép toán "${bin.operator}" không được hỗ trợ.`);
        }
        Expression.check(bin.left, source);
        Expression.check(bin.right, source);
        return;
      }
      case 'UnaryExpression': {
        const un = node as jsep.UnaryExpression;
        if (!['-', '+', '!'].includes(un.operator)) {
          throw new Error(`Biểu thức "${source}" dùng phép toán "${un.operator}" không được hỗ trợ.`);
        }
        Expression.check(un.argument, source);
        return;
      }
      default:
        throw new Error(`Biểu thức "${source}" có thành phần không được hỗ trợ (${node.type}).`);
    }
  }

  private static collect(node: jsep.Expression, refs: Set<string>): void {
    const ref = Expression.refOf(node);
    if (ref) refs.add(ref);
    else if (node.type === 'BinaryExpression') {
      Expression.collect((node as jsep.BinaryExpression).left, refs);
      Expression.collect((node as jsep.BinaryExpression).right, refs);
    } else if (node.type === 'UnaryExpression') Expression.collect((node as jsep.UnaryExpression).argument, refs);
  }

  private static evalNode(node: jsep.Expression, lookup: Lookup): number | null {
    const ref = Expression.refOf(node);
    if (ref) {
      const value = lookup(ref);
      return value == null ? null : value;
    }
    switch (node.type) {
      case 'Literal':
        return (node as jsep.Literal).value as number;
      case 'UnaryExpression': {
        const un = node as jsep.UnaryExpression;
        const value = Expression.evalNode(un.argument, lookup);
        if (value == null) return null;
        if (un.operator === '!') return value === 0 ? 1 : 0;
        return un.operator === '-' ? -value : value;
      }
      case 'BinaryExpression': {
        const bin = node as jsep.BinaryExpression;
        const left = Expression.evalNode(bin.left, lookup);
        const right = Expression.evalNode(bin.right, lookup);
        if (bin.operator === '&&') return left != null && right != null && left !== 0 && right !== 0 ? 1 : 0;
        if (bin.operator === '||') return (left != null && left !== 0) || (right != null && right !== 0) ? 1 : 0;
        if (left == null || right == null) return null;
        switch (bin.operator) {
          case '+':
            return left + right;
          case '-':
            return left - right;
          case '*':
            return left * right;
          case '/':
            return right === 0 ? null : left / right;
          case '<':
            return left < right ? 1 : 0;
          case '<=':
            return left <= right + 1e-9 ? 1 : 0;
          case '>':
            return left > right ? 1 : 0;
          case '>=':
            return left + 1e-9 >= right ? 1 : 0;
          case '==':
          case '===':
            return Math.abs(left - right) < 1e-9 ? 1 : 0;
          default:
            return Math.abs(left - right) >= 1e-9 ? 1 : 0;
        }
      }
      default:
        return null;
    }
  }
}
