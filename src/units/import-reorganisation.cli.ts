import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { EntityManager } from '@mikro-orm/knex';
import { loadConfig } from '../config';
import { openDatabase } from '../db/orm';
import { AppError } from '../common/errors';
import { UnitService } from './unit.service';

/** npm run import-reorganisation -- <file.csv> [YYYY-MM-DD]   (effective day, default 2025-07-01) */
async function main(argv: string[]) {
  const [file, effectiveOn = '2025-07-01'] = argv.filter((a) => !a.startsWith('--'));
  if (!file || !/^\d{4}-\d{2}-\d{2}$/.test(effectiveOn)) {
    console.error('Cách dùng: npm run import-reorganisation -- <tệp.csv> [ngày hiệu lực YYYY-MM-DD, mặc định 2025-07-01]');
    process.exit(2);
  }
  const started = Date.now();
  console.log(`Đọc ${file}...`);
  const csv = readFileSync(file, 'utf8');
  const config = loadConfig();
  const orm = await openDatabase({ url: config.databaseUrl });
  try {
    const summary = await new UnitService().importReorganisation(orm.em.fork() as EntityManager, undefined, csv, {
      effectiveOn,
      onProgress: (m) => console.log(m),
    });
    for (const warning of summary.warnings) console.log(`Cảnh báo: ${warning}`);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (summary.unchanged) {
      console.log(`Xong trong ${seconds} giây: bảng này đã được nhập trước đó, không có gì thay đổi.`);
    } else {
      console.log(
        `Xong trong ${seconds} giây: đóng ${summary.provincesClosed} tỉnh, ${summary.districtsClosed} huyện, ${summary.communesClosed} xã; ` +
          `tạo ${summary.provincesCreated} tỉnh, ${summary.communesCreated} xã; ${summary.successions} liên kết kế thừa ` +
          `(${summary.fullMerges} toàn bộ, ${summary.partialMerges} một phần); cập nhật ${summary.updated}.`,
      );
    }
  } finally {
    await orm.close(true);
  }
}

main(process.argv.slice(2)).catch((error) => {
  if (error instanceof AppError) {
    const problems = (error.extensions?.problems as string[] | undefined) ?? [];
    console.error(problems.length ? `Tệp CSV có lỗi:\n${problems.join('\n')}` : error.message);
  } else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
