# syntax=docker/dockerfile:1
# One image for Railway (railway.json) or any container platform: the standalone Next.js server
# plus what it reads from disk at run time (migrations, the question bank, the evaluator's word
# vectors) and the bundled release step. Build: docker build -t interviewmaster .

FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# postinstall generates the Prisma client and the word-vector file (.cache/embeddings).
RUN npm ci --no-audit --no-fund
RUN npm run build:standalone

FROM node:20-bookworm-slim AS run
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 DATA_DIR=/data
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
COPY --from=build --chown=node:node /app/public ./public
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
COPY --from=build --chown=node:node /app/lib/questions/bank/data ./lib/questions/bank/data
COPY --from=build --chown=node:node /app/.cache/embeddings ./.cache/embeddings
COPY --from=build --chown=node:node /app/.cache/evaluator-worker.cjs ./.cache/evaluator-worker.cjs
COPY --from=build --chown=node:node /app/dist ./dist
# The embedded database and generated secrets when DATABASE_URL is not set (one instance only).
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||3000)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM: Next.js closes the HTTP server, then the app drains background jobs (SHUTDOWN_TIMEOUT_MS).
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
