"""`python -m smrt_cli` runs the command line."""

import gc

# Start-up only builds what lives until exit; cli.main says why the collector waits for it.
gc.disable()

from smrt_cli.cli import main  # noqa: E402  (after the collector is paused, on purpose)

main()
