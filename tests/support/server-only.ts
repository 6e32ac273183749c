/**
 * Stands in for the `server-only` package under vitest: the package throws outside the
 * react-server condition (which only Next.js sets), so the tests alias it to this empty module.
 */
export {};
