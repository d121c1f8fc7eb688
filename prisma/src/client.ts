import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';

export interface DatabaseClientOptions {
  /** Connections in the pool; the API's default suits one process on a small machine. */
  max?: number;
}

export function createPrismaClient(connectionString: string, options: DatabaseClientOptions = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.max ?? 10 });
  return new PrismaClient({ adapter });
}
