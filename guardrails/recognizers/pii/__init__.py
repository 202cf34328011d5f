"""PII recognizers, one per file; each module exposes `build(lang) -> list[EntityRecognizer]`."""
