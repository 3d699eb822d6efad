import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config';
import { openDatabase } from '../db/orm';
import { inTransaction } from '../common/transaction';
import { parseUnitCsv, UnitCsvError } from './unit-csv';
import { UnitService } from './unit.service';

/** npm run import-units -- <file.csv> [--valid-from YYYY-MM-DD] */
async function main(argv: string[]) {
  const file = argv.find((a) => !a.startsWith('--'));
  const validFromAt = argv.indexOf('--valid-from');
  const validFrom = validFromAt >= 0 ? argv[validFromAt + 1] : null;
  if (!file || (validFrom !== null && !/^\d{4}-\d{2}-\d{2}$/.test(validFrom ?? ''))) {
    console.error('Cách dùng: npm run import-units -- <tệp.csv> [--valid-from YYYY-MM-DD]');
    process.exit(2);
  }
  const started = Date.now();
  console.log(`Đọc ${file}...`);
  const parsed = parseUnitCsv(readFileSync(file, 'utf8'));
  console.log(`Đã đọc ${parsed.provinces.length} tỉnh, ${parsed.districts.length} huyện, ${parsed.communes.length} xã.`);
  const config = loadConfig();
  const orm = await openDatabase({ url: config.databaseUrl });
  try {
    const summary = await inTransaction(orm.em.fork() as EntityManager, (tem) =>
      new UnitService().importUnits(tem, parsed, { validFrom, onProgress: (m) => console.log(m) }),
    );
    console.log(`Xong trong ${((Date.now() - started) / 1000).toFixed(1)} giây: thêm ${summary.created}, cập nhật ${summary.updated}, không đổi ${summary.unchanged}.`);
  } finally {
    await orm.close(true);
  }
}

main(process.argv.slice(2)).catch((error) => {
  console.error(error instanceof UnitCsvError ? `Tệp CSV có lỗi:\n${error.message}` : error instanceof Error ? error.message : error);
  process.exit(1);
});
