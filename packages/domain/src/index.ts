export * from './roles';
export * from './lifecycle';
export * from './visibility';
export * from './status';
export * from './deadlines';
export * from './sign-in';
export * from './citations';
export * from './commitments';
