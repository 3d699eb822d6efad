import { EventSubscriber, TransactionEventArgs } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';

type Work = () => void | Promise<void>;

/**
 * Runs work once the transaction an EntityManager is in has committed, and drops it if that transaction
 * rolls back. Work deferred inside a nested transaction (a savepoint) waits for the outermost commit, the
 * only moment its effects become visible to others. Outside any transaction it runs at once: each statement
 * has already committed by itself.
 *
 * Register the instance on the ORM's event manager (`orm.em.getEventManager().registerSubscriber`).
 */
export class AfterCommit implements EventSubscriber {
  private readonly pending = new WeakMap<object, Work[]>();

  constructor(private readonly onError: (error: unknown) => void = () => undefined) {}

  async defer(em: EntityManager, work: Work): Promise<void> {
    const trx = em.getTransactionContext<object>();
    if (!trx) return this.run([work]);
    const root = outermost(trx);
    const list = this.pending.get(root) ?? [];
    list.push(work);
    this.pending.set(root, list);
  }

  async afterTransactionCommit(args: TransactionEventArgs): Promise<void> {
    const list = args.transaction ? this.pending.get(args.transaction) : undefined;
    if (!list) return;
    this.pending.delete(args.transaction!);
    await this.run(list);
  }

  afterTransactionRollback(args: TransactionEventArgs): void {
    if (args.transaction) this.pending.delete(args.transaction);
  }

  /** After the commit the data is safe: a failing listener is reported, never thrown at the committer. */
  private async run(list: Work[]): Promise<void> {
    for (const work of list) {
      try {
        await work();
      } catch (error) {
        this.onError(error);
      }
    }
  }
}

/**
 * MikroORM's SQL driver links a nested (savepoint) transaction to its parent through a symbol property and
 * fires commit events for the outermost one only; follow the links up to it.
 */
function outermost(trx: object): object {
  let current = trx as Record<symbol, object>;
  for (;;) {
    const parentKey = Object.getOwnPropertySymbols(current).find((s) => s.description === 'parentTransaction');
    if (!parentKey || !current[parentKey]) return current;
    current = current[parentKey] as Record<symbol, object>;
  }
}
