"""The test suite, a package mirroring smrt_cli (tests/cli, tests/metrics, ...)."""
