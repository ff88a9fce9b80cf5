# Shared by scripts/run and scripts/test: install what is missing on Debian (apt, with sudo when not root).
# Sourced, not run.

# What the build uses today; each capability that needs more (charts, speech, SQL…) adds its packages here.
LUMBAR_BUILD_PACKAGES=(
  cmake ninja-build g++ pkg-config ca-certificates
  nlohmann-json3-dev libgtest-dev libgmock-dev
  qt6-base-dev fonts-dejavu-core
  # The player's cues: beeps (Qt Multimedia), the offline voice (Qt Speech with flite; its CMake package needs the
  # declarative one). Qt D-Bus, for keeping the screen awake, comes with qt6-base-dev.
  qt6-multimedia-dev qt6-speech-dev qt6-speech-flite-plugin qt6-declarative-dev
  # Key-pose figures as SVG, sharp at any size in handouts and documents (Qt SVG's QSvgGenerator).
  qt6-svg-dev
  # The private history: SQLite through Qt SQL (the driver plugin), and its charts (Qt Charts).
  libqt6sql6-sqlite qt6-charts-dev
  # The Spanish interface: lupdate/lrelease and their CMake package; Qt's own Spanish for its dialog buttons.
  qt6-tools-dev qt6-l10n-tools qt6-translations-l10n
)
# Only the tests need these: the JSON Schema validator for the bank; a private D-Bus for the screensaver test;
# poppler's pdftotext and pdfinfo to read the handout PDFs back; desktop-file-validate and appstreamcli for the
# menu entry and the AppStream metainfo (tests/desktop).
LUMBAR_TEST_PACKAGES=(python3 python3-jsonschema dbus-daemon poppler-utils desktop-file-utils appstream)

lumbar_log() { printf '\033[1m==> %s\033[0m (at %d:%02d)\n' "$*" $((SECONDS / 60)) $((SECONDS % 60)) >&2; }

lumbar_as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else lumbar_log "need root to run: $* (install sudo or run as root)"; return 1
  fi
}

# Installs the Debian packages given that are not installed yet; nothing at all when everything is there.
lumbar_apt_install() {
  local missing=()
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null; then
    lumbar_log "missing packages (${missing[*]}) and no apt-get: install them by hand"; return 1
  fi
  lumbar_log "installing: ${missing[*]}"
  lumbar_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  lumbar_as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

lumbar_install_build_deps() { lumbar_apt_install "${LUMBAR_BUILD_PACKAGES[@]}"; }
lumbar_install_test_deps() { lumbar_apt_install "${LUMBAR_BUILD_PACKAGES[@]}" "${LUMBAR_TEST_PACKAGES[@]}"; }

lumbar_jobs() { nproc 2>/dev/null || echo 2; }
