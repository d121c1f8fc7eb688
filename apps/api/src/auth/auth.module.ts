import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AuthController } from './auth.controller';
import { AuthGuard } from './auth.guard';
import { AuthService } from './auth.service';
import { LoginThrottleRepository } from './login-throttle.repository';
import { SessionRepository } from './session.repository';
import { SessionService } from './session.service';
import { UserRepository } from './user.repository';

@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, SessionService, SessionRepository, LoginThrottleRepository, UserRepository, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [SessionService, SessionRepository],
})
export class AuthModule {}
