#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers on 127.0.0.1:5432: installs Debian's package when it is
# missing and starts the cluster when it is down. Used by .ci/run and scripts/test-postgres.sh.
set -euo pipefail

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "::: installing PostgreSQL (apt)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
if ! pg_isready -h 127.0.0.1 -p 5432 -q; then
  version="$(ls /etc/postgresql | sort -n | tail -1)"
  echo "::: starting PostgreSQL $version"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start
fi
for _ in $(seq 1 30); do
  pg_isready -h 127.0.0.1 -p 5432 -q && exit 0
  sleep 1
done
echo "PostgreSQL did not answer on 127.0.0.1:5432." >&2
exit 1
