"""Tests of smrt_cli.metrics."""
