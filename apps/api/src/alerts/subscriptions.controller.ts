import { Controller, Get, Header, HttpCode, Post, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { SubscribeInput, SubscribeResult, SubscriptionTokenQuery } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, SkipCsrf } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { SubscriptionsService } from './subscriptions.service';

const HTML = 'text/html; charset=utf-8';

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c);
}

/** A small page of its own: these addresses are opened from an email, outside the web app. */
function page(title: string, body: string): string {
  return `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(title)} – Panel Scrutiny Portal</title></head><body><main><h1>${escapeHtml(title)}</h1>${body}<p><a href="/">Go to the Panel Scrutiny Portal</a></p></main></body></html>`;
}

@ApiTags('subscriptions')
@Controller('subscriptions')
export class SubscriptionsController {
  constructor(private readonly subscriptions: SubscriptionsService) {}

  @Post()
  @HttpCode(202)
  @Returns(SubscribeResult, 202)
  @ApiOperation({ summary: 'Follow a panel, a meeting or a recommendation by email (the public confirm from the email first; the signed-in follow at once)' })
  async subscribe(
    @CurrentCaller() caller: Caller,
    @ValidBody(closed(SubscribeInput)) input: z.input<typeof SubscribeInput>,
    @Req() request: Request,
    @Res({ passthrough: true }) response: Response,
  ): Promise<SubscribeResult | string> {
    const result = await this.subscriptions.subscribe(caller, input);
    // A form posted by a browser without JavaScript gets a page; the app and other clients get JSON.
    if (request.is('application/x-www-form-urlencoded')) {
      response.type('html');
      return page(
        result.status === 'SUBSCRIBED' ? 'You are subscribed' : 'Check your email',
        result.status === 'SUBSCRIBED'
          ? `<p>We will email ${escapeHtml(result.email)} when it changes.</p>`
          : `<p>We sent a link to ${escapeHtml(result.email)}. Nothing is sent until you confirm.</p>`,
      );
    }
    return result;
  }

  @Get('confirm')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Confirm a subscription from the link in its email (double opt-in)' })
  async confirm(@ValidQuery(closed(SubscriptionTokenQuery)) query: z.infer<typeof SubscriptionTokenQuery>): Promise<string> {
    const email = await this.subscriptions.confirm(query.token);
    return page('You are subscribed', `<p>We will email ${escapeHtml(email)} when it changes. Every email has a link to stop them.</p>`);
  }

  @Get('unsubscribe')
  @Header('Content-Type', HTML)
  @Header('Cache-Control', 'no-store')
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'The page behind the unsubscribe link: a button that unsubscribes (a link alone never does, since mail scanners open links)' })
  unsubscribePage(@ValidQuery(closed(SubscriptionTokenQuery)) query: z.infer<typeof SubscriptionTokenQuery>): string {
    return page(
      'Stop these emails?',
      `<form method="post" action="/api/subscriptions/unsubscribe?token=${encodeURIComponent(query.token)}"><input type="hidden" name="List-Unsubscribe" value="One-Click"><button type="submit">Unsubscribe</button></form>`,
    );
  }

  // One click from the mail client (RFC 8058: POST, List-Unsubscribe=One-Click) or from the page above; the token is the authority.
  @Post('unsubscribe')
  @SkipCsrf()
  @HttpCode(200)
  @Header('Content-Type', HTML)
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'Unsubscribe in one click (RFC 8058)' })
  async unsubscribe(@ValidQuery(closed(SubscriptionTokenQuery)) query: z.infer<typeof SubscriptionTokenQuery>): Promise<string> {
    const email = await this.subscriptions.unsubscribe(query.token);
    return page('You are unsubscribed', `<p>We will not email ${escapeHtml(email)} about this again.</p>`);
  }
}
