"""Compact run-time data for the recognizers, built by scripts in this package (see each file's header)."""
