import { Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { AdminUser, CreateUserInput, UpdateUserRolesInput } from '@psp/contracts';
import { closed } from '../common/closed-schema';
import { Returns, ValidBody } from '../common/validation';
import { CurrentCaller, RequirePermission } from '../auth/decorators';
import type { Caller } from '../auth/principal';
import { AdminUsersService } from './admin-users.service';

@ApiTags('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @RequirePermission('users:manage')
  @Returns(z.array(AdminUser))
  list(@CurrentCaller() caller: Caller): Promise<AdminUser[]> {
    return this.users.list(caller);
  }

  @Post()
  @RequirePermission('users:manage')
  @Returns(AdminUser, 201)
  create(@CurrentCaller() caller: Caller, @ValidBody(closed(CreateUserInput)) input: CreateUserInput): Promise<AdminUser> {
    return this.users.create(caller, input);
  }

  @Patch(':id')
  @RequirePermission('users:manage')
  @Returns(AdminUser)
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @ValidBody(closed(UpdateUserRolesInput)) input: UpdateUserRolesInput): Promise<AdminUser> {
    return this.users.update(caller, id, input);
  }
}
