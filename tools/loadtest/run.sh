#!/usr/bin/env bash
# Load test for `fundbot serve` in HTTP mode, on loopback.
#
# Builds fundbot and tools/loadtest/minimal, starts each with a test signing
# secret and a fake bot token, and drives each with wrk: signed /funding and
# /contact slash commands (pre-signed with valid timestamps, rotating several
# countries and questions: wrk's Lua cannot compute an HMAC). Prints both
# results and fundbot's throughput as a share of the minimal handler's.
#
# Usage: tools/loadtest/run.sh [DURATION] [CONNECTIONS] [THREADS]
#   defaults: 30s 32 2.  Needs wrk (apt-get install -y wrk) and openssl.
#   FUNDBOT_PORT / MINIMAL_PORT (default 18080 / 18081) pick the ports.
set -euo pipefail

DURATION=${1:-30s}
CONNS=${2:-32}
THREADS=${3:-2}
FUNDBOT_PORT=${FUNDBOT_PORT:-18080}
MINIMAL_PORT=${MINIMAL_PORT:-18081}
SECRET=loadtest-signing-secret-0123456789abcdef
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
PIDS=()

cleanup() {
	for pid in "${PIDS[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
	rm -rf "$WORK"
}
trap cleanup EXIT

for tool in wrk openssl curl; do
	command -v "$tool" >/dev/null || { echo "loadtest: $tool not found" >&2; exit 2; }
done

echo "== building"
(cd "$ROOT" && go build -o "$WORK/fundbot" ./cmd/fundbot && go build -o "$WORK/minimal" ./tools/loadtest/minimal)

# urlencode encodes one form value.
urlencode() {
	local s=$1 out= c i
	for ((i = 0; i < ${#s}; i++)); do
		c=${s:i:1}
		case $c in
		[a-zA-Z0-9.~_-]) out+=$c ;;
		' ') out+=+ ;;
		*) out+=$(printf '%%%02X' "'$c") ;;
		esac
	done
	printf '%s' "$out"
}

echo "== signing requests"
TS=$(date +%s)
LINES=("/funding|Pakistan" "/funding|Kenya" "/funding|Japan" "/funding|all" "/funding|" "/funding|2011"
	"/funding|Sri Lanka" "/funding|tajikstan" "/contact|" "/contact|Tokyo" "/funding|help" "/funding|Somalia")
LUA="$WORK/requests.lua"
{
	echo 'local bodies, sigs = {}, {}'
	n=0
	for round in 1 2 3 4 5 6; do
		for line in "${LINES[@]}"; do
			cmd=${line%%|*}
			text=${line#*|}
			n=$((n + 1))
			body="token=gIkuvaNzQIHg97ATvDxqgjtO&team_id=T0001&team_domain=example&channel_id=C2147483705&channel_name=test&user_id=U2147483697&user_name=Steve&command=$(urlencode "$cmd")&text=$(urlencode "$text")&api_app_id=A123456&response_url=$(urlencode "https://hooks.slack.com/commands/T0001/$n/loadtest$round")&trigger_id=$n.$round.loadtest"
			sig=$(printf 'v0:%s:%s' "$TS" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)
			printf 'bodies[%d] = "%s"\nsigs[%d] = "v0=%s"\n' "$n" "$body" "$n" "$sig"
		done
	done
	cat <<LUA
local reqs = {}
init = function(args)
  for i = 1, #bodies do
    reqs[i] = wrk.format("POST", "/slack/events", {
      ["Content-Type"] = "application/x-www-form-urlencoded",
      ["X-Slack-Request-Timestamp"] = "$TS",
      ["X-Slack-Signature"] = sigs[i],
    }, bodies[i])
  end
end
local i = 0
request = function()
  i = i + 1
  return reqs[(i % #reqs) + 1]
end
LUA
} >"$LUA"

wait_healthy() {
	local port=$1
	for _ in $(seq 1 200); do
		curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && return 0
		sleep 0.1
	done
	echo "loadtest: server on $port did not become healthy" >&2
	exit 1
}

# check_once sends one signed request with curl and shows the reply.
check_once() {
	local port=$1 body sig
	body="command=%2Ffunding&text=Pakistan&user_id=U1&channel_id=C1&response_url=https%3A%2F%2Fhooks.slack.com%2Fx"
	sig=$(printf 'v0:%s:%s' "$TS" "$body" | openssl dgst -sha256 -hmac "$SECRET" -r | cut -d' ' -f1)
	curl -fsS -X POST "http://127.0.0.1:$port/slack/events" -H 'Content-Type: application/x-www-form-urlencoded' \
		-H "X-Slack-Request-Timestamp: $TS" -H "X-Slack-Signature: v0=$sig" --data "$body" | head -c 300
	echo
}

run_wrk() {
	local name=$1 port=$2
	echo "== $name: warm-up (3s)"
	wrk -t"$THREADS" -c"$CONNS" -d3s -s "$LUA" "http://127.0.0.1:$port/slack/events" >/dev/null
	echo "== $name: wrk -t$THREADS -c$CONNS -d$DURATION --latency"
	wrk -t"$THREADS" -c"$CONNS" -d"$DURATION" --latency -s "$LUA" "http://127.0.0.1:$port/slack/events" | tee "$WORK/$name.out"
}

echo "== starting fundbot serve on 127.0.0.1:$FUNDBOT_PORT"
# SLACK_API_URL points at a closed loopback port: auth.test fails at once
# and nothing leaves the machine. Commands are answered in the response body.
env -i PATH="$PATH" HOME="$HOME" SLACK_BOT_TOKEN=xoxb-loadtest-fake SLACK_SIGNING_SECRET="$SECRET" \
	SLACK_API_URL=http://127.0.0.1:9/ PORT="$FUNDBOT_PORT" LOG_LEVEL=warn \
	"$WORK/fundbot" serve 2>"$WORK/fundbot.log" &
PIDS+=($!)
wait_healthy "$FUNDBOT_PORT"
check_once "$FUNDBOT_PORT"
run_wrk fundbot "$FUNDBOT_PORT"

echo "== starting minimal handler on 127.0.0.1:$MINIMAL_PORT"
env -i PATH="$PATH" SLACK_SIGNING_SECRET="$SECRET" PORT="$MINIMAL_PORT" "$WORK/minimal" &
PIDS+=($!)
wait_healthy "$MINIMAL_PORT"
check_once "$MINIMAL_PORT"
run_wrk minimal "$MINIMAL_PORT"

rps() { awk '/^Requests\/sec:/ {print $2}' "$1"; }
p99() { awk '$1 == "99%" {print $2}' "$1"; }
errs() { awk '/Non-2xx|Socket errors/' "$1"; }
F=$(rps "$WORK/fundbot.out")
M=$(rps "$WORK/minimal.out")
echo "== summary (wrk -t$THREADS -c$CONNS -d$DURATION, $(nproc) cores, load generator on the same machine)"
printf 'fundbot serve : %10.0f req/s  p99 %s  %s\n' "$F" "$(p99 "$WORK/fundbot.out")" "$(errs "$WORK/fundbot.out" | tr '\n' ' ')"
printf 'minimal       : %10.0f req/s  p99 %s  %s\n' "$M" "$(p99 "$WORK/minimal.out")" "$(errs "$WORK/minimal.out" | tr '\n' ' ')"
awk -v f="$F" -v m="$M" 'BEGIN { printf "fundbot / minimal: %.1f%%\n", 100 * f / m }'
if grep -q 'level=ERROR' "$WORK/fundbot.log"; then
	echo "fundbot logged errors:"
	grep 'level=ERROR' "$WORK/fundbot.log" | head -5
fi
