import { Injectable } from '@nestjs/common';
import { PrismaService } from '../common/prisma.service';

@Injectable()
export class UserRepository {
  constructor(private readonly prisma: PrismaService) {}

  findForSignIn(email: string) {
    return this.prisma.user.findUnique({ where: { email }, select: { id: true, passwordHash: true, active: true } });
  }
}
