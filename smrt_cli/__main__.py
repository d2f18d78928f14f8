"""`python -m smrt_cli` runs the command line."""

from smrt_cli.cli import main

main()
