import { RefreshToken } from '../auth/refresh-token.entity';
import { User } from '../users/user.entity';

/** Every entity; the migrations must agree with these (a test checks). */
export const ENTITIES: (new () => object)[] = [User, RefreshToken];
