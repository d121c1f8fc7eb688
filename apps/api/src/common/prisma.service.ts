import { Inject, Injectable, OnModuleDestroy } from '@nestjs/common';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@psp/db';
import { APP_CONFIG, type AppConfig } from '../config';

export const DATABASE_URL = Symbol('DATABASE_URL');

/** The one Prisma client of the process. Only repositories use it. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleDestroy {
  constructor(@Inject(DATABASE_URL) databaseUrl: string, @Inject(APP_CONFIG) config: AppConfig) {
    super({ adapter: new PrismaPg({ connectionString: databaseUrl, max: config.databasePoolSize }) });
  }

  async onModuleDestroy(): Promise<void> {
    await this.$disconnect();
  }
}

/** A Prisma transaction client, as handed to repositories inside `$transaction`. */
export type Tx = Parameters<Parameters<PrismaService['$transaction']>[0]>[0];
