import 'reflect-metadata';
import { loadConfig } from './config';
import { startHub } from './app';
import { clockFromEnv, systemClock } from './common/clock';
import { createLogger, Logger } from './observability/logger';

async function main() {
  const config = loadConfig();
  // The one logger of the process: JSON lines on standard output at LOG_LEVEL (default info).
  const logger = createLogger(config.logLevel);
  let hub: Awaited<ReturnType<typeof startHub>>;
  try {
    const clock = clockFromEnv();
    if (clock !== systemClock) logger.warn({ now: clock.now().toISOString() }, 'Đồng hồ của máy chủ được dời theo HUB_CLOCK_START (chỉ dùng để diễn tập, kiểm thử).');
    hub = await startHub({ config, logger, clock });
  } catch (error) {
    fail(logger, error);
  }
  logger.info({ port: hub.port }, `BHYT Reporting Hub: GraphQL tại http://localhost:${hub.port}/graphql, kiểm tra sức khỏe tại /health, số đo tại /metrics`);
  const stop = async (signal: string) => {
    logger.info({ signal }, 'Đang dừng máy chủ.');
    await hub.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

function fail(logger: Logger, error: unknown): never {
  logger.fatal(error instanceof Error ? error.message : String(error));
  logger.flush();
  process.exit(1);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
