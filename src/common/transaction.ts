import { OptimisticLockError, UniqueConstraintViolationException } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/knex';
import { conflict, STALE_VERSION_MESSAGE } from './errors';

/**
 * Runs one mutation in one transaction: either all of it is stored or nothing is. Concurrent changes that
 * the optimistic lock or a unique key catches become CONFLICT.
 */
export async function inTransaction<T>(em: EntityManager, work: (tem: EntityManager) => Promise<T>): Promise<T> {
  try {
    return await em.transactional((tem) => work(tem as EntityManager));
  } catch (error) {
    if (error instanceof OptimisticLockError) throw conflict(STALE_VERSION_MESSAGE);
    if (error instanceof UniqueConstraintViolationException) {
      throw conflict('Dữ liệu vừa được người khác tạo hoặc thay đổi. Vui lòng tải lại và thử lại.');
    }
    throw error;
  }
}
