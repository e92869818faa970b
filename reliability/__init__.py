"""Reliability and security checks of the emulator and the client: load, crashes, hostile input.

Each module is one concern and is used twice: by the quick tests in ``tests/reliability/`` (small
counts, part of ``make test``) and by the soak run ``python -m reliability`` (``make soak``:
larger counts, figures printed, non-zero exit on any violation). Everything runs on 127.0.0.1.
"""
