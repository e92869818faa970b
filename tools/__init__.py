"""Developer tools of the repository, run as `python -m tools.<name>`."""
