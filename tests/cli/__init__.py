"""Tests of smrt_cli.cli."""
