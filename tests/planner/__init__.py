"""Tests of smrt_cli.planner."""
