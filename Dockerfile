# The hosted room server (README.md, The room; ARCHITECTURE.md, The room server).
#
# This image serves the room only: ROOM_DECK_DIR is unset. The deck is built elsewhere with
# the room's address (DECK_ROOM_URL=wss://room.example.org/room npm run build) and published
# on a static host such as GitHub Pages, whose origin goes in ROOM_ALLOWED_ORIGINS. Why not
# the deck in here too: `npm run build` draws the diagrams in Chromium, which would put a
# browser and every build tool in the image for files a static host serves better.
#
#   docker build -t deck-room .
#   docker run -p 8080:8080 -v deck-room:/data \
#     -e ROOM_ALLOWED_ORIGINS=https://owner.github.io deck-room
#
# Written on a machine without a Docker engine: checked by reading, and by running each
# stage's commands outside a container (README.md, The room).

# ── compile: the room's TypeScript to JavaScript, with the project's own pinned compiler ──
FROM node:20-bookworm AS compile
WORKDIR /app
COPY package.json package-lock.json ./
# --ignore-scripts: only the compiler and the type packages are used here; the test tools'
# install scripts (browser drivers) would download what this stage never runs.
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY tsconfig.json tsconfig.room-image.json ./
COPY src ./src
COPY room ./room
# Type-checks room/main.ts and what it imports, and writes .tmp/room-server/ (.ts imports
# rewritten to .js), so the image runs on node alone.
RUN npx tsc -p tsconfig.room-image.json

# ── dependencies: the runtime packages, better-sqlite3 built for this Debian release ──
FROM node:20-bookworm AS dependencies
WORKDIR /app
COPY package.json package-lock.json ./
# --omit=dev: the room needs ws, valibot and better-sqlite3, none of the build and test tools.
# better-sqlite3 takes a prebuilt binary or compiles (python3, make and g++ are in this image).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# ── the server: the same Debian release, without the compilers ──
FROM node:20-bookworm-slim
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=8080 \
    ROOM_DATABASE=/data/rooms.sqlite
WORKDIR /app
# package.json says "type": "module", which the compiled files need.
COPY package.json ./
COPY --from=dependencies /app/node_modules ./node_modules
COPY --from=compile /app/.tmp/room-server ./
# Rooms live in a volume, so a restarted or replaced container keeps them (and expires them).
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# node itself is PID 1, not npm: SIGTERM reaches room/main.js, which closes the sockets and
# the database within the platform's grace period.
CMD ["node", "room/main.js"]
