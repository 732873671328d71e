# syntax=docker/dockerfile:1
# The hub's images (a city's registry; nothing is built on the development machines, which have no engine):
#   docker build -t suyuan-hub .                                  every app; the Deployment picks one by its args
#   docker build --target migrate -t suyuan-hub-migrate .        prisma migrate deploy + the apps' roles (psql)
# Node 24 LTS on Debian; only npm and Debian packages are fetched. Runs as an unprivileged user (10001).
ARG NODE_IMAGE=node:24.22.3-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY . .
# Generates the Prisma client (offline recipe: no engine download), compiles the apps and the console.
RUN npm run build && npm prune --omit=dev

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HTTP_HOST=0.0.0.0
WORKDIR /app
RUN groupadd --system --gid 10001 hub && useradd --system --uid 10001 --gid hub --no-create-home hub
COPY --from=build /src/package.json ./package.json
COPY --from=build /src/node_modules ./node_modules
COPY --from=build /src/dist ./dist
USER 10001:10001
EXPOSE 3000 3101 3102 3103
# --disable-warning: kafkajs 2.2.4 schedules a negative timer that Node 24 reports (tulios/kafkajs#1751).
ENTRYPOINT ["node", "--enable-source-maps", "--disable-warning=TimeoutNegativeWarning"]
CMD ["dist/apps/gateway/apps/gateway/src/main.js"]

FROM ${NODE_IMAGE} AS migrate
RUN apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client \
  && rm -rf /var/lib/apt/lists/* \
  && groupadd --system --gid 10001 hub && useradd --system --uid 10001 --gid hub --no-create-home hub
WORKDIR /app
COPY --from=deps /src/node_modules ./node_modules
COPY package.json prisma.config.ts ./
COPY prisma ./prisma
COPY deploy/sql ./deploy/sql
COPY deploy/k8s/migrate.sh ./deploy/k8s/migrate.sh
USER 10001:10001
CMD ["sh", "deploy/k8s/migrate.sh"]
