import { UsersModule } from './users/users.module';

/** The product's feature modules, in dependency order. */
export const FEATURE_MODULES = [UsersModule];
