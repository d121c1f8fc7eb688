// Every enum's values are defined once, in @psp/contracts; the database's enums (schema.prisma,
// and so the migrations, which the drift test holds to it) must name exactly the same values.
import * as contracts from '@psp/contracts';
import { z } from 'zod';
import * as prismaEnums from '../src/generated/prisma/enums';

const databaseEnums: [string, Record<string, string>][] = Object.entries(prismaEnums);

it('finds the Prisma enums', () => {
  expect(databaseEnums.map(([name]) => name)).toEqual(expect.arrayContaining(['Role', 'ResponseStatus', 'DocumentKind', 'LetterStatus']));
});

it.each(databaseEnums)('Prisma enum %s has the values of the contract enum of the same name', (name, values) => {
  const contract: unknown = (contracts as Record<string, unknown>)[name];
  expect(contract).toBeInstanceOf(z.ZodEnum);
  if (!(contract instanceof z.ZodEnum)) return;
  expect(Object.values(values)).toEqual(contract.options);
});
