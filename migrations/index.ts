import { Accounts1795831936335 } from './1795831936335-Accounts';
/** Every migration, oldest first (migration:generate appends here). */
export const MIGRATIONS: Function[] = [Accounts1795831936335];
