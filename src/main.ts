import 'reflect-metadata';
import { loadConfig } from './config';
import { startHub } from './app';

async function main() {
  const config = loadConfig();
  const hub = await startHub({ config });
  console.log(`BHYT Reporting Hub: GraphQL tại http://localhost:${hub.port}/graphql, kiểm tra sức khỏe tại /health`);
  const stop = async () => {
    await hub.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
