import {
  FieldNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../common/pagination';
import { LimitError } from './errors';
import { QueryLimits } from './limits';

/** Assumed length of a list field without a `first` argument (a district's communes, a report's values). */
export const UNPAGED_LIST_SIZE = 10;

export interface OperationMeasure {
  /** Deepest field nesting. */
  depth: number;
  aliases: number;
  rootFields: number;
  /** See `listFactor`; a lower bound when `truncated`. */
  cost: number;
  /** The walk stopped early because the cost was already over the budget. */
  truncated: boolean;
}

/**
 * How many times the fields under `field` are expected to be resolved for each time `field` is:
 * - a paged field (one that takes `first`): the literal `first`; the default page size when absent; the largest
 *   page size when it comes from a variable (validation does not see variable values, so assume the worst);
 * - any other list field: UNPAGED_LIST_SIZE; the `edges` of a connection are already counted by its `first`;
 * - anything else: 1.
 */
function listFactor(node: FieldNode, def: GraphQLField<unknown, unknown> | undefined): number {
  if (!def) return 1;
  if (def.args.some((arg) => arg.name === 'first')) {
    const given = node.arguments?.find((arg) => arg.name.value === 'first');
    if (!given) return DEFAULT_PAGE_SIZE;
    return given.value.kind === Kind.INT ? Math.max(1, Number(given.value.value)) : MAX_PAGE_SIZE;
  }
  return isListType(getNullableType(def.type)) && node.name.value !== 'edges' ? UNPAGED_LIST_SIZE : 1;
}

/**
 * Measures one operation, following fragments (a fragment already open on the current path is not entered
 * again: the spec's NoFragmentCycles rule reports such cycles). The cost is the number of field resolutions the
 * operation may cause: each selected field counts 1, multiplied by the `listFactor` of every field above it.
 * So `reports(first: 100) { edges { node { id children { id } } } }` costs 1 + 100 × (1 + 1 + 1 + 1 + 10 × 1)
 * = 1 401. Each field visited adds at least 1, so the walk stops once it has visited `budget` fields: fragments
 * spread inside fragments cannot make the check itself expensive.
 */
export function measureOperation(context: ValidationContext, operation: OperationDefinitionNode, budget: number): OperationMeasure {
  const schema = context.getSchema();
  const measure: OperationMeasure = { depth: 0, aliases: 0, rootFields: 0, cost: 0, truncated: false };
  let visited = 0;
  const open = new Set<string>();
  // Inside __schema / __type the depth is not counted: the standard introspection query nests `ofType` 15 deep,
  // its size is bounded by the schema, and production refuses introspection anyway. Cost still counts there.
  const walk = (set: SelectionSetNode, type: GraphQLNamedType | undefined | null, depth: number, multiplier: number, atRoot: boolean, introspecting = false) => {
    for (const selection of set.selections) {
      if (visited >= budget) {
        measure.truncated = true;
        return;
      }
      if (selection.kind === Kind.FIELD) {
        visited++;
        if (atRoot) measure.rootFields++;
        if (selection.alias) measure.aliases++;
        if (!introspecting) measure.depth = Math.max(measure.depth, depth + 1);
        measure.cost += multiplier;
        const def = type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields()[selection.name.value] : undefined;
        if (selection.selectionSet) {
          const intoSchema = introspecting || selection.name.value === '__schema' || selection.name.value === '__type';
          walk(selection.selectionSet, def && getNamedType(def.type), depth + 1, multiplier * listFactor(selection, def), false, intoSchema);
        }
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const narrowed = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : type;
        walk(selection.selectionSet, narrowed, depth, multiplier, atRoot, introspecting);
      } else {
        const name = selection.name.value;
        const fragment = context.getFragment(name);
        if (!fragment || open.has(name)) continue;
        open.add(name);
        walk(fragment.selectionSet, schema.getType(fragment.typeCondition.name.value), depth, multiplier, atRoot, introspecting);
        open.delete(name);
      }
    }
  };
  walk(operation.selectionSet, schema.getRootType(operation.operation), 0, 1, true);
  return measure;
}

const number = (n: number) => n.toLocaleString('vi-VN');

/**
 * Refuses an operation that is too deep, has too many aliases or root fields, or costs too much, with
 * QUERY_TOO_COMPLEX and a message saying which limit and by how much; nothing of it is executed.
 */
export function queryLimitsRule(limits: QueryLimits): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const m = measureOperation(context, operation, limits.maxCost);
      const refuse = (limit: string, actual: number, max: number, message: string) =>
        context.reportError(new LimitError('QUERY_TOO_COMPLEX', `Truy vấn quá phức tạp: ${message}`, { limit, actual, max }));
      if (m.depth > limits.maxDepth) {
        refuse('depth', m.depth, limits.maxDepth, `các trường lồng nhau ${m.depth} cấp, tối đa ${limits.maxDepth} cấp. Hãy tách thành nhiều truy vấn nông hơn.`);
      }
      if (m.aliases > limits.maxAliases) {
        refuse('aliases', m.aliases, limits.maxAliases, `có ${m.aliases} bí danh (alias), tối đa ${limits.maxAliases} trong một thao tác.`);
      }
      if (m.rootFields > limits.maxRootFields) {
        refuse('rootFields', m.rootFields, limits.maxRootFields, `có ${m.rootFields} trường gốc, tối đa ${limits.maxRootFields} trong một thao tác. Hãy gửi thành nhiều yêu cầu.`);
      }
      if (m.truncated || m.cost > limits.maxCost) {
        const estimate = m.truncated ? `hơn ${number(limits.maxCost)}` : number(m.cost);
        refuse('cost', m.cost, limits.maxCost, `ước tính phải đọc ${estimate} trường dữ liệu, tối đa ${number(limits.maxCost)}. Hãy giảm tham số first hoặc bớt các danh sách lồng nhau.`);
      }
    },
  });
}

/** Refuses __schema and __type (introspection); __typename stays allowed, clients need it. */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(
        new LimitError('INTROSPECTION_DISABLED', 'Máy chủ này không công bố lược đồ GraphQL (introspection đã tắt ở môi trường vận hành).', {}),
      );
    }
  },
});

/** The rules the hub adds to the spec's, the same over HTTP and WebSocket. */
export function hubValidationRules(limits: QueryLimits, introspection: boolean): ValidationRule[] {
  return [queryLimitsRule(limits), ...(introspection ? [] : [noIntrospectionRule])];
}
