// vitest runs outside React Server Components; the real "server-only" package would throw here.
export {};
