"""Side-by-side benchmarks of venuebind against ccxt and Gate's official SDK (gate-api).

``python -m bench`` runs them all and prints a table of medians and ratios; ``--quick`` is CI's smoke run. Each
benchmark also runs on its own: ``python -m bench.prepare`` (``imports``, ``roundtrip``, ``regen``, ``memory``).
See BENCHMARKS.md for the results and what they mean.
"""
