/** Credentials a refused sign-in hands to the suspension page, kept in memory only. */
export interface Credentials {
  login: string;
  password: string;
}

let pending: Credentials | null = null;

export function handOver(credentials: Credentials): void {
  pending = credentials;
}

/** What the sign-in page left, if anything. */
export const handedOver = (): Credentials | null => pending;

/** The page that took them forgets them when it closes. */
export function forgetHandedOver(): void {
  pending = null;
}
