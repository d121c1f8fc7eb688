export * from './client';
export * from './database-url';
export * from './embedded';
export * from './migrate';
export * from './paths';
export * from './generated/prisma/client';
export * from './passwords';
export * from './provision-rows';
export { seedDatabase, type SeedOptions } from '../seed/run';
