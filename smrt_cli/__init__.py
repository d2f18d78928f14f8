"""smrt: plan, evaluate and report the work of Hubla's Social Media Response Teams."""

__version__ = "0.1.0"
