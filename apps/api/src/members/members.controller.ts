import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { CreateMemberInput, MembersQuery, PanelMember, UpdateMemberInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody, ValidQuery } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { Problems } from '../openapi/openapi.document';
import { MembersService } from './members.service';

@ApiTags('members')
@Controller()
export class MembersController {
  constructor(private readonly members: MembersService) {}

  @Get('panels/:slug/members')
  @Returns(z.array(PanelMember))
  @ApiOperation({ summary: "The panel's members on a day (default today), or every term with all=true" })
  list(@Param('slug') slug: string, @ValidQuery(closed(MembersQuery)) query: z.infer<typeof MembersQuery>): Promise<PanelMember[]> {
    return this.members.list(slug, query);
  }

  @Post('panels/:slug/members')
  @RequirePermission('members:manage')
  @Returns(PanelMember, 201)
  @ApiOperation({ summary: 'Record a term of a member on the panel: a councillor (with their council) or a co-opted independent member' })
  create(@CurrentCaller() caller: Caller, @Param('slug') slug: string, @ValidBody(closed(CreateMemberInput)) input: CreateMemberInput): Promise<PanelMember> {
    return this.members.create(caller, slug, input);
  }

  @Patch('members/:id')
  @RequirePermission('members:manage')
  @Returns(PanelMember)
  @ApiOperation({ summary: "Correct a member's term: its end, office, voting rights, name or council" })
  @Problems(422)
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(UpdateMemberInput)) input: UpdateMemberInput): Promise<PanelMember> {
    return this.members.update(caller, id, input);
  }
}
