"""A one-line progress bar on a terminal; silent when stderr is not one."""

from __future__ import annotations

import sys
from typing import TextIO

_WIDTH = 30
MIN_ITEMS = 10  # fewer items finish before a bar would be worth drawing


class ProgressBar:
    def __init__(self, label: str, stream: TextIO | None = None):
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()
        self.drawn = False

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or total < MIN_ITEMS:
            return
        filled = _WIDTH * done // total
        self.stream.write(f"\r{self.label} [{'#' * filled}{' ' * (_WIDTH - filled)}] {done}/{total}")
        self.stream.flush()
        self.drawn = True

    def close(self) -> None:
        if self.drawn:
            self.stream.write("\n")
            self.drawn = False
