"""Tests of smrt_cli.render."""
