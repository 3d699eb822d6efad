import { TemplateDefinition } from './template.definition';
import { TemplateDefinitionError } from './template.engine';

const KINDS = ['ENTERED', 'DERIVED', 'ASSIGNED', 'TEXT'];
const VALUE_TYPES = ['INTEGER', 'DECIMAL', 'PERCENT', 'TEXT', 'YES_NO', 'DATE'];
const AGGREGATIONS = ['SUM', 'AVERAGE', 'MIN', 'MAX', 'COUNT', 'RECOMPUTE', 'NONE', 'COLLECT_TEXT'];
const CODE = /^[A-Z][A-Z0-9_]{0,47}$/;

type Json = Record<string, unknown>;

/**
 * How long each list of a definition may be. Checked before the items are read: a definition of a few hundred
 * kilobytes with 300.000 empty indicators otherwise took half a minute and answered 1.8 million problems.
 */
export const DEFINITION_LIMITS = { sections: 200, columnSets: 100, columnItems: 100, indicators: 2000, rules: 2000 } as const;

/**
 * Reads a form definition sent by an admin (parsed JSON of unknown shape) into a TemplateDefinition, keeping
 * only known fields; every problem is listed in Vietnamese, so the admin can fix them all at once.
 * The meaning (formulas, references, cycles) is checked afterwards by CompiledTemplate.
 */
export function parseDefinition(raw: unknown): TemplateDefinition {
  const problems: string[] = [];
  const obj = (value: unknown, where: string): Json => {
    if (value && typeof value === 'object' && !Array.isArray(value)) return value as Json;
    problems.push(`${where} phải là một đối tượng JSON`);
    return {};
  };
  const list = (value: unknown, where: string, required = true, max?: number): unknown[] => {
    if (Array.isArray(value)) {
      if (max !== undefined && value.length > max) {
        problems.push(`${where} có ${value.length} mục, tối đa ${max}`);
        return [];
      }
      return value;
    }
    if (value !== undefined || required) problems.push(`${where} phải là một danh sách`);
    return [];
  };
  const text = (o: Json, key: string, where: string, required = true, max = 2000): string | undefined => {
    const v = o[key];
    if (v === undefined || v === null) {
      if (required) problems.push(`${where}: thiếu "${key}"`);
      return undefined;
    }
    if (typeof v !== 'string' || (required && v.trim() === '')) {
      problems.push(`${where}: "${key}" phải là chuỗi ký tự${required ? ' không rỗng' : ''}`);
      return undefined;
    }
    if (v.length > max) problems.push(`${where}: "${key}" dài quá ${max} ký tự`);
    return v;
  };
  const code = (o: Json, key: string, where: string, required = true): string | undefined => {
    const v = text(o, key, where, required, 48);
    if (v !== undefined && !CODE.test(v)) problems.push(`${where}: mã "${v}" chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới, bắt đầu bằng chữ`);
    return v;
  };
  const oneOf = (o: Json, key: string, allowed: string[], where: string, required = true): string | undefined => {
    const v = o[key];
    if (v === undefined && !required) return undefined;
    if (typeof v !== 'string' || !allowed.includes(v)) {
      problems.push(`${where}: "${key}" phải là một trong ${allowed.join(', ')}`);
      return undefined;
    }
    return v;
  };

  /**
   * How a problem names an item: its code when that is a string or a number, else its position. `String()` on
   * any JSON value is not safe: an object with an own "toString" that is not a function cannot be converted.
   */
  const nameOf = (value: unknown, position: number): string =>
    typeof value === 'string' || typeof value === 'number' ? String(value) : String(position);

  const root = obj(raw, 'Định nghĩa biểu mẫu');
  const def: TemplateDefinition = {
    code: code(root, 'code', 'Biểu mẫu') ?? '',
    name: text(root, 'name', 'Biểu mẫu', true, 300) ?? '',
    description: text(root, 'description', 'Biểu mẫu', false),
    sections: list(root.sections, 'sections', true, DEFINITION_LIMITS.sections).map((s, i) => {
      const o = obj(s, `sections[${i}]`);
      const where = `Mục ${nameOf(o.code, i + 1)}`;
      return { code: code(o, 'code', where) ?? '', title: text(o, 'title', where, true, 500) ?? '', note: text(o, 'note', where, false) };
    }),
    columnSets: list(root.columnSets, 'columnSets', false, DEFINITION_LIMITS.columnSets).map((c, i) => {
      const o = obj(c, `columnSets[${i}]`);
      const where = `Bộ cột ${nameOf(o.code, i + 1)}`;
      return {
        code: code(o, 'code', where) ?? '',
        label: text(o, 'label', where, false, 300),
        items: list(o.items, `${where}: items`, true, DEFINITION_LIMITS.columnItems).map((item, j) => {
          const io = obj(item, `${where}: items[${j}]`);
          return { code: code(io, 'code', `${where}, cột ${j + 1}`) ?? '', label: text(io, 'label', `${where}, cột ${j + 1}`, true, 300) ?? '' };
        }),
      };
    }),
    indicators: list(root.indicators, 'indicators', true, DEFINITION_LIMITS.indicators).map((x, i) => {
      const o = obj(x, `indicators[${i}]`);
      const where = `Chỉ tiêu ${nameOf(o.code, i + 1)}`;
      // Levels are names; anything else is listed as a problem here (unknown names are refused when compiled).
      const levels = o.levels === undefined
        ? undefined
        : (list(o.levels, `${where}: levels`, true, 10).filter((level) => {
            if (typeof level === 'string') return true;
            problems.push(`${where}: "levels" chỉ gồm tên cấp (PROVINCE, DISTRICT, COMMUNE)`);
            return false;
          }) as TemplateDefinition['indicators'][number]['levels']);
      if (o.required !== undefined && typeof o.required !== 'boolean') problems.push(`${where}: "required" phải là true hoặc false`);
      return {
        code: code(o, 'code', where) ?? '',
        label: text(o, 'label', where, true, 1000) ?? '',
        unit: text(o, 'unit', where, false, 50) ?? '',
        section: text(o, 'section', where) ?? '',
        kind: (oneOf(o, 'kind', KINDS, where) ?? 'ENTERED') as TemplateDefinition['indicators'][number]['kind'],
        valueType: (oneOf(o, 'valueType', VALUE_TYPES, where) ?? 'INTEGER') as TemplateDefinition['indicators'][number]['valueType'],
        aggregation: (oneOf(o, 'aggregation', AGGREGATIONS, where) ?? 'NONE') as TemplateDefinition['indicators'][number]['aggregation'],
        row: text(o, 'row', where, false, 20),
        columns: text(o, 'columns', where, false, 48),
        formula: text(o, 'formula', where, false),
        condition: text(o, 'condition', where, false),
        countLevel: oneOf(o, 'countLevel', ['PROVINCE', 'DISTRICT', 'COMMUNE'], where, false) as TemplateDefinition['indicators'][number]['countLevel'],
        targetOf: text(o, 'targetOf', where, false, 48),
        required: o.required === true ? true : undefined,
        levels,
      };
    }),
    rules: list(root.rules ?? [], 'rules', true, DEFINITION_LIMITS.rules).map((r, i) => {
      const o = obj(r, `rules[${i}]`);
      const where = `Quy tắc ${nameOf(o.code, i + 1)}`;
      return {
        code: code(o, 'code', where) ?? '',
        left: text(o, 'left', where) ?? '',
        operator: (oneOf(o, 'operator', ['==', '!=', '<', '<=', '>', '>='], where) ?? '==') as TemplateDefinition['rules'][number]['operator'],
        right: text(o, 'right', where) ?? '',
        severity: (oneOf(o, 'severity', ['ERROR', 'WARNING'], where) ?? 'ERROR') as TemplateDefinition['rules'][number]['severity'],
        ifMissing: (oneOf(o, 'ifMissing', ['SKIP', 'ZERO'], where, false) ?? 'SKIP') as TemplateDefinition['rules'][number]['ifMissing'],
        message: text(o, 'message', where, true, 1000) ?? '',
      };
    }),
  };
  if (def.indicators.length === 0 && Array.isArray(root.indicators) && root.indicators.length === 0) problems.push('Biểu mẫu chưa có chỉ tiêu nào');
  if (problems.length) throw new TemplateDefinitionError(typeof root.code === 'string' ? root.code : '(chưa có mã)', problems);
  return JSON.parse(JSON.stringify(def)) as TemplateDefinition; // drops the undefined fields
}
