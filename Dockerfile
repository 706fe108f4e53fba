# Multi-stage build: compile in the Rust image, run in a slim Debian.
FROM rust:1-bookworm AS build
RUN apt-get update && apt-get install -y --no-install-recommends pkg-config libssl-dev \
    && rm -rf /var/lib/apt/lists/*
WORKDIR /src
# The dependencies first, in a layer of their own that a change of the code leaves cached:
# the manifest with an empty stand-in for every target it declares. SQLite's compile options
# (.cargo/config.toml) belong to it, so that the image's SQLite is the one CI tests.
COPY Cargo.toml Cargo.lock ./
COPY .cargo ./.cargo
RUN mkdir -p src tests/api benches \
    && for f in src/main.rs tests/api/main.rs benches/members.rs benches/roster.rs; do echo 'fn main() {}' > "$f"; done \
    && touch src/lib.rs \
    && cargo build --release --locked --bin lienhiep \
    && rm -rf src tests benches
# Then the code: every file the manifest names (scripts/container_check.py, run by CI, builds
# from exactly what these lines copy). Touched, so that cargo rebuilds over the stand-ins
# whatever the copied files' times.
COPY src ./src
COPY migrations ./migrations
COPY data ./data
COPY tests ./tests
COPY benches ./benches
RUN touch src/main.rs src/lib.rs && cargo build --release --locked --bin lienhiep

FROM debian:bookworm-slim
RUN apt-get update && apt-get install -y --no-install-recommends ca-certificates libssl3 curl \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home /var/lib/lienhiep lienhiep \
    && mkdir -p /var/lib/lienhiep && chown lienhiep /var/lib/lienhiep
COPY --from=build /src/target/release/lienhiep /usr/local/bin/lienhiep
USER lienhiep
WORKDIR /var/lib/lienhiep
ENV LIENHIEP_BIND=0.0.0.0:8080 \
    LIENHIEP_DATA_DIR=/var/lib/lienhiep \
    LIENHIEP_LOG_FORMAT=json
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --retries=3 CMD curl -fsS http://127.0.0.1:8080/readyz || exit 1
ENTRYPOINT ["/usr/local/bin/lienhiep"]
CMD ["serve"]
