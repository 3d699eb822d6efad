import { EntityManager } from '@mikro-orm/knex';
import { Clock } from './common/clock';
import { HubConfig } from './config';
import { Actor } from './auth/actor';
import { Services } from './services';
import { Loaders } from './loaders';

/** Built for each request: its own EntityManager fork, its actor, batched loaders. */
export interface HubContext {
  em: EntityManager;
  actor: Actor | null;
  /** Set when a token came but was refused; resolvers that need a user report it. */
  authError: Error | null;
  clock: Clock;
  config: HubConfig;
  services: Services;
  loaders: Loaders;
  /** Over WebSocket only: closes the connection (code 4403, the reason in the close frame), ending its subscriptions. */
  endConnection?: (reason: string) => void;
}
