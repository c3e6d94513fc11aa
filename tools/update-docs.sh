#!/usr/bin/env bash
# Refreshes what docs/ shows from what the tests verified, on request (the tests themselves never write into docs/):
#   tools/update-docs.sh matrix        the access matrix in docs/security.md (runs AuthorizationMatrixTests)
#   tools/update-docs.sh screenshots   the pictures in docs/screenshots (runs the browser tests; needs chromium)
#   tools/update-docs.sh               both
# The tests leave their output in CONCORDIA_TEST_OUTPUT; this script gives them a fresh folder and copies from it.
set -euo pipefail
cd "$(dirname "$0")/.."

what=${1:-all}
case "$what" in
  all | matrix | screenshots) ;;
  *) echo "usage: tools/update-docs.sh [matrix|screenshots]" >&2; exit 2 ;;
esac

output=$(mktemp -d)
trap 'rm -rf "$output"' EXIT
export CONCORDIA_TEST_OUTPUT="$output"

if [ "$what" != screenshots ]; then
  dotnet test tests/Concordia.Web.Tests --filter "FullyQualifiedName~AuthorizationMatrixTests.Every_role_gets_exactly_the_stated_answer_from_every_endpoint"
  matrix="$output/security-matrix.md"
  [ -s "$matrix" ] || { echo "The matrix test left no $matrix." >&2; exit 1; }
  # Replace the lines from the start marker to the end marker with the verified block.
  awk -v block="$matrix" '
    /<!-- matrix:start -->/ { while ((getline line < block) > 0) print line; skipping = 1; next }
    /<!-- matrix:end -->/   { skipping = 0; next }
    !skipping               { print }
  ' docs/security.md > "$output/security.md"
  cp "$output/security.md" docs/security.md
  echo "docs/security.md: access matrix refreshed."
fi

if [ "$what" != matrix ]; then
  CI=true dotnet test tests/Concordia.Browser.Tests
  shopt -s nullglob
  pictures=("$output"/screenshots/*.png)
  [ ${#pictures[@]} -gt 0 ] || { echo "The browser tests left no screenshots in $output/screenshots." >&2; exit 1; }
  cp "${pictures[@]}" docs/screenshots/
  echo "docs/screenshots: ${#pictures[@]} pictures refreshed."
fi
