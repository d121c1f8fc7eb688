import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags, ApiOperation } from '@nestjs/swagger';
import { z } from 'zod';
import { AdminUser, CreateUserInput, UpdateUserRolesInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { AdminUsersService } from './admin-users.service';
import { Problems } from '../openapi/openapi.document';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @RequirePermission('users:manage')
  @Returns(z.array(AdminUser))
  @ApiOperation({ summary: "List the people the admin manages: those with a role on the admin's panels, and those with no role" })
  list(@CurrentCaller() caller: Caller): Promise<AdminUser[]> {
    return this.users.list(caller);
  }

  @Post()
  @RequirePermission('users:manage')
  @Returns(AdminUser, 201)
  @ApiOperation({ summary: "Create a person with roles on the admin's panels" })
  @Problems(409, 422)
  create(@CurrentCaller() caller: Caller, @ValidBody(closed(CreateUserInput)) input: CreateUserInput): Promise<AdminUser> {
    return this.users.create(caller, input);
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @Returns(AdminUser)
  @ApiOperation({ summary: "Replace a person's roles on the admin's panels, or deactivate them" })
  @Problems(422)
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(UpdateUserRolesInput)) input: UpdateUserRolesInput): Promise<AdminUser> {
    return this.users.update(caller, id, input);
  }
}
