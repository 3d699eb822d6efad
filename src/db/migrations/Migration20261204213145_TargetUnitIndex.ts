import { Migration } from '@mikro-orm/migrations';

export class Migration20261204213145_TargetUnitIndex extends Migration {

  override async up(): Promise<void> {
    this.addSql(`create index "target_unit_id_index" on "target" ("unit_id");`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "target_unit_id_index";`);
  }

}
