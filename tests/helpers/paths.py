"""Where the tests' data lives: fixtures, golden files, the sample registry, the repository."""

from __future__ import annotations

from pathlib import Path

TESTS = Path(__file__).parent.parent
REPO = TESTS.parent
FIXTURES = TESTS / "fixtures"
GOLDEN = TESTS / "golden"
MINIMAL = FIXTURES / "minimal.yaml"
# the bundled sample, as the package ships it (data/upt.yaml in the repository is its copy)
SAMPLE = REPO / "smrt_cli" / "data" / "upt.yaml"
