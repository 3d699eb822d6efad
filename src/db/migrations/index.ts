// Written by `npm run migration:create`: every migration of src/db/migrations, in the order they apply.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123232049_Initial } from './Migration20261123232049_Initial';
import { Migration20261204213145_TargetUnitIndex } from './Migration20261204213145_TargetUnitIndex';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123232049_Initial', class: Migration20261123232049_Initial },
  { name: 'Migration20261204213145_TargetUnitIndex', class: Migration20261204213145_TargetUnitIndex },
];
