# syntax=docker/dockerfile:1
#
# fundbot as a small static, non-root image with the corpus embedded:
#
#   docker build -t fundbot .
#   docker run --env-file .env -p 3000:3000 fundbot            # HTTP mode
#   docker run --env-file .env -e METRICS_ADDR=:3000 fundbot   # Socket Mode
#
# The HEALTHCHECK runs `fundbot healthcheck`, which asks GET /healthz on
# 127.0.0.1:$PORT (default 3000). HTTP mode serves it on PORT; Socket Mode
# serves it only on METRICS_ADDR, so give it the same port, as above, or the
# container reports unhealthy.

# Build: golang:1.26 on Debian bookworm.
FROM golang:1.26-bookworm AS build
WORKDIR /src
# Modules first, as a layer of their own: it is rebuilt only when go.mod or
# go.sum change, not on every source edit.
COPY go.mod go.sum ./
RUN go mod download && go mod verify
COPY . .
# A static binary (no cgo), reproducible paths, no symbol tables; the build
# cache is kept between builds (BuildKit).
RUN --mount=type=cache,target=/root/.cache/go-build \
    CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o /fundbot ./cmd/fundbot
# The data directory (the outbox of replies owed, the records), empty, for
# the non-root user: distroless has no shell to create it at run time.
RUN mkdir -p /out/data

# Run: distroless static (no shell, no libc, CA certificates for Slack's
# HTTPS API, /tmp for the index built at start-up), as user nonroot (65532).
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /fundbot /fundbot
COPY --from=build --chown=65532:65532 /out/data /data
USER nonroot:nonroot
ENV PORT=3000
# Mount a volume here so that replies owed survive the container (one per
# replica; see the README's "Several replicas").
ENV FUNDBOT_DATA=/data
VOLUME ["/data"]
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/fundbot", "healthcheck"]
ENTRYPOINT ["/fundbot"]
CMD ["serve"]
