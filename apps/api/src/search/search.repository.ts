import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';
import { searchSql, type SearchRow, type SearchScope } from './search.sql';

@Injectable()
export class SearchRepository {
  constructor(private readonly prisma: PrismaService) {}

  search(q: string, scope: SearchScope, limit: number): Promise<SearchRow[]> {
    return this.prisma.$queryRaw<SearchRow[]>(searchSql(q, scope, limit));
  }
}
