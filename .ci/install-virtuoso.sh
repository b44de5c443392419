#!/usr/bin/env bash
# Install OpenLink Virtuoso (Debian package virtuoso-opensource: virtuoso-t, isql-vt) for the
# integration test tests/test_virtuoso.py. Idempotent and non-interactive.
#
# The Debian package would start a system-wide Virtuoso listening on 0.0.0.0:1111/8890. We never
# want that: during the install /usr/sbin/policy-rc.d must exit 101 so invoke-rc.d refuses to
# start services. If no policy file exists we install one for the duration of the install and
# remove it afterwards; an existing one is left untouched. The test starts its own throw-away
# server on 127.0.0.1 and stops it by PID.
set -euo pipefail

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
log() { printf '[install-virtuoso] %s\n' "$*"; }

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

if installed virtuoso-opensource && command -v virtuoso-t >/dev/null 2>&1; then
  log "virtuoso-opensource already installed"
else
  made_policy=0
  if [ -e /usr/sbin/policy-rc.d ]; then
    # an existing policy must forbid service starts, or the install would start the server
    set +e; /usr/sbin/policy-rc.d virtuoso-opensource-7 start >/dev/null 2>&1; prc=$?; set -e
    if [ "$prc" -ne 101 ]; then
      log "ERROR: /usr/sbin/policy-rc.d exists but exits $prc, not 101: it would let the"
      log "       package start a system Virtuoso on 0.0.0.0. Fix or remove it, then re-run."
      exit 1
    fi
  else
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    made_policy=1
  fi
  cleanup_policy() { if [ "$made_policy" = 1 ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi; }
  trap cleanup_policy EXIT
  export DEBIAN_FRONTEND=noninteractive
  log "apt-get install virtuoso-opensource"
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends virtuoso-opensource
fi

# Never leave a service running: report (do not kill: we did not start it) a system instance.
if pgrep -x virtuoso-t >/dev/null 2>&1; then
  log "WARNING: a virtuoso-t process is running (not started by this script):"
  pgrep -a -x virtuoso-t || true
  log "stop it with: service virtuoso-opensource-7 stop"
fi

command -v virtuoso-t >/dev/null || { log "ERROR: virtuoso-t not on PATH after install"; exit 1; }
command -v isql-vt >/dev/null || { log "ERROR: isql-vt not on PATH after install"; exit 1; }
log "virtuoso-t: $( (virtuoso-t -? 2>&1 || true) | grep -m1 -i 'version' || echo '?')"
log "package:    $(dpkg-query -W -f='${Version}' virtuoso-opensource)"
