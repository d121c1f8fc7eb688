import { Controller, Get, Header, Post, Req, Res, UseGuards } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { CurrentUser, LoginInput, LoginResult } from '@psp/contracts';
import { Returns, ValidBody } from '../common/validation';
import { mapPrincipalToUser } from './auth.mapper';
import { AuthService } from './auth.service';
import { CurrentCaller, RequireSignIn, SkipCsrf } from './decorators';
import { requireSignedIn, type Caller } from './principal';
import { SignInFromThisSite } from './same-origin';
import { SessionService } from './session.service';
import { Problems } from '../openapi/openapi.document';

@ApiTags('session')
@Controller('auth')
export class AuthController {
  constructor(
    private readonly auth: AuthService,
    private readonly sessions: SessionService,
  ) {}

  @Post('login')
  @SkipCsrf()
  @UseGuards(SignInFromThisSite)
  // The answer carries the session's CSRF token: no cache may keep it.
  @Header('Cache-Control', 'no-store')
  @Returns(LoginResult, 200)
  @ApiOperation({ summary: 'Sign in with email and password; sets the session cookie and returns the CSRF token' })
  @Problems(401, 415, 429)
  async login(@ValidBody(LoginInput) input: LoginInput, @Req() request: Request, @Res({ passthrough: true }) response: Response) {
    const { result, session } = await this.auth.login(input, { ip: request.ip ?? 'unknown', userAgent: request.header('user-agent') ?? null });
    response.cookie(this.sessions.cookieName, session.token, this.sessions.cookieOptions(session.expiresAt));
    response.cookie(this.sessions.hintCookieName, '1', this.sessions.hintCookieOptions());
    return result;
  }

  @Get('me')
  @RequireSignIn()
  @Returns(CurrentUser)
  @ApiOperation({ summary: "The signed-in person, their roles and the session's CSRF token" })
  me(@CurrentCaller() caller: Caller): CurrentUser {
    const principal = requireSignedIn(caller);
    return { ...mapPrincipalToUser(principal), csrfToken: principal.csrfToken };
  }

  @Post('logout-everywhere')
  @RequireSignIn()
  @Returns(null, 204)
  @ApiOperation({ summary: 'Sign out everywhere: end every session of this person, on every device' })
  async logoutEverywhere(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logoutEverywhere(requireSignedIn(caller).userId);
    response.clearCookie(this.sessions.cookieName, { path: '/' });
    response.clearCookie(this.sessions.hintCookieName, { path: '/' });
  }

  @Post('logout')
  @RequireSignIn()
  @Returns(null, 204)
  @ApiOperation({ summary: 'Sign out: end this session' })
  async logout(@CurrentCaller() caller: Caller, @Res({ passthrough: true }) response: Response): Promise<void> {
    await this.auth.logout(requireSignedIn(caller).sessionId);
    response.clearCookie(this.sessions.cookieName, { path: '/' });
    response.clearCookie(this.sessions.hintCookieName, { path: '/' });
  }
}
