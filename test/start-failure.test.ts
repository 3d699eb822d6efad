import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startHub } from '../src/app';
import { HubConfig, JWT_AUDIENCE, JWT_ISSUER } from '../src/config';
import { ManualClock } from '../src/common/clock';
import { startTestHub } from './support/harness';

/** Files this process holds open (Linux); null where that cannot be seen. */
function openFiles(): string[] | null {
  if (!existsSync('/proc/self/fd')) return null;
  return readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      return [readlinkSync(`/proc/self/fd/${fd}`)];
    } catch {
      return [];
    }
  });
}

/** A start that fails after the database is open stops what it started and closes the database. */
describe('a hub that fails to start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bhyt-start-'));
  const config = (overrides: Partial<HubConfig>): HubConfig => ({
    port: 0,
    databaseUrl: join(dir, 'hub.sqlite'),
    jwt: { secret: randomBytes(32).toString('hex'), issuer: JWT_ISSUER, audience: JWT_AUDIENCE, ttlSeconds: 3600 },
    seedDemo: false,
    schedulerIntervalSeconds: 0,
    admin: null,
    smtp: null,
    ...overrides,
  });
  const stillOpen = () => openFiles()?.filter((f) => f.startsWith(join(dir, 'hub.sqlite'))) ?? [];

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('while preparing the database (an admin password too short): the error comes out, the file is closed', async () => {
    const start = startHub({ config: config({ admin: { username: 'quantri', password: 'ngan' } }), clock: new ManualClock('2021-01-05T02:00:00Z'), log: () => undefined });
    await expect(start).rejects.toThrow('Mật khẩu phải có ít nhất 10 ký tự.');
    expect(stillOpen()).toEqual([]);
  });

  it('on a port already in use, with the timer and WebSocket server set up: refused at once, not hanging', async () => {
    const other = await startTestHub();
    try {
      const start = startHub({ config: config({ port: other.hub.port, schedulerIntervalSeconds: 60 }), clock: new ManualClock('2021-01-05T02:00:00Z'), log: () => undefined });
      await expect(start).rejects.toThrow(/EADDRINUSE/);
      expect(stillOpen()).toEqual([]);
    } finally {
      await other.close();
    }
  });
});
