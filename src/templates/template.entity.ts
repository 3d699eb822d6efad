import { Entity, JsonType, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { compileTemplate, CompiledTemplate } from './template.engine';
import { TemplateDefinition } from './template.definition';

/** One version of a report form. A version used by a campaign is never changed again. */
@Entity({ tableName: 'report_template' })
@Unique({ properties: ['code', 'version'] })
export class ReportTemplate {
  [OptionalProps]?: 'compiled' | 'builtIn';

  @PrimaryKey({ type: 'integer' })
  id!: number;

  @Property({ type: 'string', length: 64 })
  code!: string;

  @Property({ type: 'integer' })
  version!: number;

  @Property({ type: 'string', length: 300 })
  name!: string;

  @Property({ type: JsonType })
  definition!: TemplateDefinition;

  @Property({ type: 'boolean' })
  builtIn: boolean = false;

  @Property({ type: Date })
  createdAt!: Date;

  get compiled(): CompiledTemplate {
    return compileTemplate(`${this.code}@${this.version}`, this.definition);
  }
}
