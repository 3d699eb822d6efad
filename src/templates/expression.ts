import jsep from 'jsep';

/**
 * Arithmetic over indicator codes, parsed by jsep into a tree and evaluated here: numbers, codes,
 * + - * / and parentheses. Nothing is ever passed to eval. A division by zero or a missing operand
 * yields null ("cannot be computed"), never Infinity or NaN.
 */
export class Expression {
  readonly references: string[];

  private constructor(
    readonly source: string,
    private readonly tree: jsep.Expression,
  ) {
    const refs = new Set<string>();
    Expression.collect(tree, refs);
    this.references = [...refs];
  }

  static parse(source: string): Expression {
    let tree: jsep.Expression;
    try {
      tree = jsep(source);
    } catch (error) {
      throw new Error(`Biểu thức "${source}" không hợp lệ: ${(error as Error).message}`);
    }
    Expression.check(tree, source);
    return new Expression(source, tree);
  }

  /** Evaluates with `lookup` giving each code's value (undefined or null when missing). */
  evaluate(lookup: (code: string) => number | null | undefined): number | null {
    return Expression.evalNode(this.tree, lookup);
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
      case 'BinaryExpression': {
        const bin = node as jsep.BinaryExpression;
        if (!['+', '-', '*', '/'].includes(bin.operator)) {
          throw new Error(`Biểu thức "${source}" dùng phép toán "${bin.operator}" không được hỗ trợ.`);
        }
        Expression.check(bin.left, source);
        Expression.check(bin.right, source);
        return;
      }
      case 'UnaryExpression': {
        const un = node as jsep.UnaryExpression;
        if (un.operator !== '-' && un.operator !== '+') {
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
    if (node.type === 'Identifier') refs.add((node as jsep.Identifier).name);
    else if (node.type === 'BinaryExpression') {
      Expression.collect((node as jsep.BinaryExpression).left, refs);
      Expression.collect((node as jsep.BinaryExpression).right, refs);
    } else if (node.type === 'UnaryExpression') Expression.collect((node as jsep.UnaryExpression).argument, refs);
  }

  private static evalNode(node: jsep.Expression, lookup: (code: string) => number | null | undefined): number | null {
    switch (node.type) {
      case 'Literal':
        return (node as jsep.Literal).value as number;
      case 'Identifier': {
        const value = lookup((node as jsep.Identifier).name);
        return value == null ? null : value;
      }
      case 'UnaryExpression': {
        const value = Expression.evalNode((node as jsep.UnaryExpression).argument, lookup);
        if (value == null) return null;
        return (node as jsep.UnaryExpression).operator === '-' ? -value : value;
      }
      case 'BinaryExpression': {
        const bin = node as jsep.BinaryExpression;
        const left = Expression.evalNode(bin.left, lookup);
        const right = Expression.evalNode(bin.right, lookup);
        if (left == null || right == null) return null;
        switch (bin.operator) {
          case '+':
            return left + right;
          case '-':
            return left - right;
          case '*':
            return left * right;
          default:
            return right === 0 ? null : left / right;
        }
      }
      default:
        return null;
    }
  }
}
