"""Fuzz tests: the count of cases per surface and the failing tests, printed at the end."""

from __future__ import annotations

from collections import Counter

import pytest

from fuzz_settings import CASES, PROFILE

_FAILED: Counter[str] = Counter()


def pytest_runtest_logreport(report: pytest.TestReport) -> None:
    if report.when == "call" and report.failed and "/fuzz/" in report.nodeid.replace("\\", "/"):
        _FAILED[report.nodeid.split("::")[0].rsplit("/", 1)[-1]] += 1


def pytest_terminal_summary(terminalreporter) -> None:
    if not CASES:
        return
    terminalreporter.section(f"fuzz cases (profile {PROFILE})")
    for surface, count in sorted(CASES.items()):
        terminalreporter.write_line(f"{surface:>14}: {count:6d} cases")
    terminalreporter.write_line(f"{'total':>14}: {sum(CASES.values()):6d} cases")
    for module, failed in sorted(_FAILED.items()):
        terminalreporter.write_line(f"{module}: {failed} failing tests")
