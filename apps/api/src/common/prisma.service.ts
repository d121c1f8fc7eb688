import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@psp/db';
import { APP_CONFIG, type AppConfig } from '../config';
import { ReadReplicas, RoutingAdapterFactory } from './read-replicas';

export const DATABASE_URL = Symbol('DATABASE_URL');

/**
 * The one Prisma client of the process. Only repositories use it. With read replicas configured,
 * its queries outside transactions go to the replica the request is pinned to (read-replicas.ts).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(DATABASE_URL) databaseUrl: string, @Inject(APP_CONFIG) config: AppConfig, replicas: ReadReplicas) {
    const primary = new PrismaPg({ connectionString: databaseUrl, max: config.databasePoolSize });
    super({ adapter: replicas.replicas.length > 0 ? new RoutingAdapterFactory(primary, replicas) : primary });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

/** A Prisma transaction client, as handed to repositories inside `$transaction`. */
export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
