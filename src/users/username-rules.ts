/** 3–32 letters, digits, _ and -, starting with a letter or digit; sign-up and the CLI share it. */
export const USERNAME_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]{2,31}$/;
