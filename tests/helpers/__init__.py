"""Shared test helpers: data builders, the CLI runner, the planner's reference model."""
