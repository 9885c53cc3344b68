"""Hypothesis profiles of the fuzz tests, and the count of cases run per surface (printed at
the end of the run by conftest.py).

- `ci` (the default, run by `make test`): a few hundred cases per surface, derandomized so
  that CI is stable (the same inputs each run).
- `fuzz` (`make fuzz`): random inputs, up to REGDOCS_FUZZ_EXAMPLES cases per test (default
  3000), each test stopping when its time budget (REGDOCS_FUZZ_SECONDS, default 240) is spent:
  tests draw their input inside the body (`st.data()`), so a spent test skips its remaining
  examples at almost no cost.

Every failure found is kept as a case file under `cases/<surface>/`, run by
`test_fuzz_regressions.py` through the same contract check.
"""

from __future__ import annotations

import os
import time
from collections import Counter

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
settings.register_profile("ci", deadline=None, derandomize=True, suppress_health_check=_SLOW_OK, print_blob=True)
settings.register_profile(
    "fuzz",
    deadline=None,
    max_examples=int(os.environ.get("REGDOCS_FUZZ_EXAMPLES", "3000")),
    suppress_health_check=_SLOW_OK,
    print_blob=True,
)
PROFILE = os.environ.get("REGDOCS_FUZZ_PROFILE", "ci")
settings.load_profile(PROFILE)

CASES: Counter[str] = Counter()
_started: dict[str, float] = {}
_failing: set[str] = set()
BUDGET_SECONDS = float(os.environ.get("REGDOCS_FUZZ_SECONDS", "240"))


def examples(count: int) -> settings:
    """Settings for a fuzz test: `count` examples under the ci profile; under the fuzz profile
    as many as the time budget allows."""
    if PROFILE == "fuzz":
        return settings()
    return settings(max_examples=count)


def next_case(surface: str) -> bool:
    """Whether to run one more case of `surface` (False once the test's time budget is spent
    under the fuzz profile, unless the test has failed: its failure is still being shrunk);
    counts the case."""
    test = _current_test(surface)
    if PROFILE == "fuzz" and test not in _failing:
        start = _started.setdefault(test, time.monotonic())
        if time.monotonic() - start > BUDGET_SECONDS:
            return False
    CASES[surface] += 1
    return True


def _current_test(default: str) -> str:
    return os.environ.get("PYTEST_CURRENT_TEST", default).split(" ")[0]


def fuzz_test(surface: str, count: int):
    """A property over inputs drawn in the body (`body(data)`): `count` cases under the ci
    profile, the time budget under the fuzz profile; its cases count for `surface`."""

    def decorate(body):
        @examples(count)
        @given(data=st.data())
        def test(data):
            if not next_case(surface):
                return
            try:
                body(data)
            except BaseException:
                _failing.add(_current_test(surface))
                raise

        test.__name__, test.__doc__ = body.__name__, body.__doc__
        return test

    return decorate


def print_summary(terminalreporter) -> None:
    """The cases run per surface (called by tests/conftest.py at the end of a run)."""
    if not CASES:
        return
    terminalreporter.section(f"fuzz cases (profile {PROFILE})")
    for surface, count in sorted(CASES.items()):
        terminalreporter.write_line(f"{surface:>14}: {count:6d} cases")
    terminalreporter.write_line(f"{'total':>14}: {sum(CASES.values()):6d} cases")
