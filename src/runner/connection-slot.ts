import type { Pool } from 'mysql2/promise';
import type { RunnerConnection } from './sql.js';
import type { IsolationLevel } from './transaction.js';

/**
 * One worker's connection. Kept across chunks while it works; thrown away after any failed
 * attempt, so a retry always starts on a fresh connection (a connection that saw an error may be
 * dead, or mid-way through a statement the server is still cancelling). Its session is set to the
 * run's isolation level, so it is closed rather than handed back to the pool at the end.
 */
export class ConnectionSlot {
  private current: RunnerConnection | undefined;

  constructor(
    private readonly pool: Pool,
    private readonly isolation: IsolationLevel,
  ) {}

  async get(): Promise<RunnerConnection> {
    if (this.current === undefined) {
      const connection = await this.pool.getConnection();
      try {
        await connection.query(`SET SESSION TRANSACTION ISOLATION LEVEL ${this.isolation}`);
      } catch (error) {
        connection.destroy();
        throw error;
      }
      this.current = connection;
    }
    return this.current;
  }

  /** The server thread id of the current connection (for `KILL`, processlist, logs). */
  get threadId(): number | undefined {
    return this.current?.threadId;
  }

  /** Closes the current connection (after an error, and when the worker is done). */
  discard(): void {
    const connection = this.current;
    this.current = undefined;
    try {
      connection?.destroy();
    } catch {
      // Already closed.
    }
  }
}
