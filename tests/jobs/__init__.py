"""Tests of smrt_cli.jobs."""
