import { Controller, Get, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { LoginInput, LoginResult, User } from '@psp/contracts';
import { Returns, ValidBody } from '../common/validation';
import { mapPrincipalToUser } from './auth.mapper';
import { AuthService } from './auth.service';
import { CurrentCaller, RequireSignIn, SkipCsrf } from './decorators';
import { requireSignedIn, type Caller } from './principal';
import { SessionService } from './session.service';

@ApiTags('session')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Post('login')
  @SkipCsrf()
  @Returns(LoginResult, 200)
  async login(@ValidBody(LoginInput) input: LoginInput, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { result, session } = await this.auth.login(input, { ip: request.ip ?? 'unknown', userAgent: request.header('user-agent') ?? null });
    response.cookie(this.sessions.cookieName, session.token, this.sessions.cookieOptions(session.expiresAt));
    return result;
  }

  @Get('me')
  @RequireSignIn()
  @Returns(User)
  me(@CurrentCaller() caller: Caller): User {
    return mapPrincipalToUser(requireSignedIn(caller));
  }

  @Post('logout')
  @RequireSignIn()
  @Returns(null, 204)
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(requireSignedIn(caller).sessionId);
    response.clearCookie(this.sessions.cookieName, { path: '/' });
  }
}
