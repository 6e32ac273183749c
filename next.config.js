/**
 * Headers needing no per-request nonce, for every response including static files (the proxy
 * skips those); pages and API responses also get the nonce CSP from proxy.ts
 * (lib/http/security-headers.ts, whose STATIC_SECURITY_HEADERS must match this list).
 */
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'X-Frame-Options', value: 'DENY' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // scripts/serve.mjs compresses (scripts/http-compression.mjs): Next's own gzips every body, even
  // a 400-byte JSON answer, because it streams them without a length.
  compress: false,
  // Server-only packages that must not be bundled (WASM engines, native pg).
  serverExternalPackages: ['@electric-sql/pglite', '@electric-sql/pglite-socket', 'pg', '@prisma/adapter-pg', 'exceljs', 'playwright-core'],
  experimental: {
    // The proxy buffers request bodies up to this size and silently drops the rest (the chunk that
    // crosses it included). Above the route limit (lib/http/request-checks.ts MAX_BODY_BYTES,
    // 10 MB) with room to spare, so a route still sees more than 10 MB of any larger body and
    // answers 413 instead of parsing a truncated one.
    proxyClientMaxBodySize: 16 * 1024 * 1024,
  },
  async headers() {
    return [{ source: '/:path*', headers: securityHeaders }];
  },
};

export default nextConfig;
