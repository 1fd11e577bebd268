import type { Db } from './client';

/** The handle a `db.transaction` callback receives; query helpers that run inside one take it. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
