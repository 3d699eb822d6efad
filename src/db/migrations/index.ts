// Written by `npm run migration:create`: every migration of src/db/migrations, in the order they apply.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261123232049_Initial } from './Migration20261123232049_Initial';

export const MIGRATIONS: MigrationObject[] = [
  { name: 'Migration20261123232049_Initial', class: Migration20261123232049_Initial },
];
