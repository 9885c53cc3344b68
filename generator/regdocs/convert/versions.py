"""The cdktf versions the converter reproduces."""

from __future__ import annotations

import re

DEFAULT_CDKTF_VERSION = "0.20.8"


def parse_cdktf_version(version: str) -> tuple[int, int, int]:
    """`0.20.1` -> (0, 20, 1); pre-release suffixes are ignored."""
    match = re.match(r"^(\d+)\.(\d+)\.(\d+)", version)
    if not match:
        raise ValueError(f"not a cdktf version: {version!r} (expected MAJOR.MINOR.PATCH)")
    major, minor, patch = match.groups()
    return int(major), int(minor), int(patch)
