// Plain constants, importable from client-safe validation code (password.ts loads argon2).
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
