import { Entity, JsonType, OptionalProps, PrimaryKey, Property, Unique } from '@mikro-orm/core';
import { compileTemplate, CompiledTemplate } from './template.engine';
import { TemplateDefinition } from './template.definition';

export enum TemplateStatus {
  /** Being written: may be changed, cannot be used by a campaign. */
  DRAFT = 'DRAFT',
  /** Usable by campaigns; frozen for good once a campaign uses it. */
  PUBLISHED = 'PUBLISHED',
}

/** One version of a report form. A version used by a campaign is never changed again. */
@Entity({ tableName: 'report_template' })
@Unique({ properties: ['code', 'version'] })
export class ReportTemplate {
  [OptionalProps]?: 'compiled' | 'builtIn' | 'status' | 'publishedAt' | 'updatedAt';

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

  /** Rows stored before forms had a life cycle were all published built-ins. */
  @Property({ type: 'string', length: 16, default: TemplateStatus.PUBLISHED })
  status: TemplateStatus = TemplateStatus.DRAFT;

  @Property({ type: Date, nullable: true })
  publishedAt: Date | null = null;

  @Property({ type: Date })
  createdAt!: Date;

  /** Changes whenever a draft's definition is replaced; part of the compiled-form cache key. */
  @Property({ type: Date, nullable: true })
  updatedAt: Date | null = null;

  get compiled(): CompiledTemplate {
    return compileTemplate(`${this.code}@${this.version}@${this.updatedAt?.getTime() ?? 0}`, this.definition);
  }
}
