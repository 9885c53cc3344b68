"""The promise every regdocs command keeps on any input, checked from the outside.

A command is run in-process through the real entry point (`regdocs.cli.main`) with its output
captured; the folder it works in is snapshotted before and after. `violations()` lists every
broken promise by class:

- crash: an exception escaped (a traceback), or the run hung on a signal;
- exit-code: an exit code other than 0, 1 (some inputs failed) or 2 (usage, configuration);
- internal-error: a bug caught per input ("internal error while ...");
- unpositioned: an error about an input's content without `path:line`;
- exit-mismatch: errors printed with exit 0, or exit 1 with no error printed;
- written-outside: a file created or changed outside the output folders;
- deleted: a file or folder that existed before is gone;
- temp-left: a temporary file left behind;
- failed-input-written: an output written for an input that failed.
"""

from __future__ import annotations

import io
import os
import re
import stat
import tempfile
import traceback
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from dataclasses import dataclass, field
from pathlib import Path

from regdocs.cli import main

# `path:line[:col]: level: message`, or `path: level: message` for a whole file
_DIAGNOSTIC = re.compile(
    r"^(?P<path>.*?)(?::(?P<line>\d+))?(?::(?P<column>\d+))?: (?P<level>error|warning): (?P<msg>.*)$"
)
_COMMAND_ERROR = re.compile(r"^regdocs(?: [a-z-]+)?: error: ")
_JSON_ERROR = re.compile(
    r'"path": "(?P<path>[^"]*)", "line": (?P<line>\d+|null), "column": (?:\d+|null), "level": "(?P<level>error)"'
)
_GITHUB_ERROR = re.compile(r"^::(?P<level>error) file=(?P<path>[^,]*),line=(?P<line>\d+)")
_STALE = re.compile(r"^regdocs check: \d+ files stale")  # check's exit 1
# Errors about a file as a whole (it cannot be read or written), which have no line to give.
_WHOLE_FILE = ("cannot read", "cannot write", "output ")
TEMP_MARKERS = (".regdocs-tmp", ".tmp")
_FAST_TMP = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None  # memory: many small folders


@dataclass
class Run:
    argv: list[str]
    code: int | None
    stdout: bytes
    stderr: str
    crash: str | None = None

    @property
    def diagnostics(self) -> str:
        """Where the command reports problems: stderr, and stdout for validate (a linter's report)."""
        if self.argv[:1] == ["validate"]:
            return self.stderr + self.stdout.decode("utf-8", errors="replace")
        return self.stderr

    def errors(self) -> list[re.Match]:
        """The error lines, as text (`path:line:col: error: ...`) or in validate's JSON and
        GitHub formats (read into the same groups)."""
        found = []
        for line in self.diagnostics.splitlines():
            match = _DIAGNOSTIC.match(line) or _JSON_ERROR.search(line) or _GITHUB_ERROR.match(line)
            if match and match["level"] == "error":
                found.append(match)
        return found

    def failed_paths(self) -> set[str]:
        """Paths named by an error."""
        return {match["path"] for match in self.errors()}


def run_cli(argv: list[str]) -> Run:
    """Run `regdocs <argv>` in this process, capturing stdout (bytes), stderr and any escape."""
    out_bytes = io.BytesIO()
    stdout = io.TextIOWrapper(out_bytes, encoding="utf-8", newline="", write_through=True)
    stderr = io.StringIO()
    crash = None
    with redirect_stdout(stdout), redirect_stderr(stderr):
        try:
            code = main([str(arg) for arg in argv])
        except SystemExit as exit_:
            code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
        except BaseException:  # noqa: BLE001 - the escape itself is the finding
            code, crash = None, traceback.format_exc()
    stdout.flush()
    return Run([str(arg) for arg in argv], code, out_bytes.getvalue(), stderr.getvalue(), crash)


@dataclass(frozen=True)
class Entry:
    kind: str  # file, dir, link, other
    content: bytes | str | None  # file bytes, link target
    mode: int


def snapshot(root: Path) -> dict[str, Entry]:
    """Every path under `root` (relative, POSIX) with its kind, content and mode."""
    found: dict[str, Entry] = {}
    for folder, dirs, files in os.walk(root):
        for name in dirs + files:
            path = os.path.join(folder, name)
            relative = os.path.relpath(path, root).replace(os.sep, "/")
            status = os.lstat(path)
            if stat.S_ISLNK(status.st_mode):
                found[relative] = Entry("link", os.readlink(path), 0)
            elif stat.S_ISDIR(status.st_mode):
                found[relative] = Entry("dir", None, stat.S_IMODE(status.st_mode))
            elif stat.S_ISREG(status.st_mode):
                with open(path, "rb") as handle:
                    found[relative] = Entry("file", handle.read(), stat.S_IMODE(status.st_mode))
            else:
                found[relative] = Entry("other", None, 0)
    return found


@dataclass
class Expectations:
    """What a run may change: paths (relative to the sandbox root, POSIX) of output folders,
    and for each input the outputs it would write (checked when the input fails)."""

    out_dirs: tuple[str, ...] = ()
    outputs_of: dict[str, list[str]] = field(default_factory=dict)  # input path as named in errors -> outputs


def _inside(relative: str, folders: tuple[str, ...]) -> bool:
    return any(relative == folder or relative.startswith(folder.rstrip("/") + "/") for folder in folders)


def violations(run: Run, before: dict[str, Entry], after: dict[str, Entry], expect: Expectations) -> list[str]:
    """Each broken promise as `class: detail`."""
    found: list[str] = []
    if run.crash is not None:
        found.append(f"crash: {run.crash.strip().splitlines()[-1]}")
    elif run.code not in (0, 1, 2):
        found.append(f"exit-code: {run.code}")
    if "Traceback (most recent call last)" in run.stderr:
        found.append("crash: a traceback on stderr")
    for line in run.diagnostics.splitlines():
        if "internal error while" in line:
            found.append(f"internal-error: {line}")
        match = _DIAGNOSTIC.match(line)
        if match is None or _COMMAND_ERROR.match(line) or "internal error while" in line:
            continue
        if match["line"] is None and not match["msg"].startswith(_WHOLE_FILE):
            found.append(f"unpositioned: {line}")
    errors = run.errors() or [
        line for line in run.diagnostics.splitlines() if _COMMAND_ERROR.match(line) or _STALE.match(line)
    ]
    if run.code == 0 and errors:
        found.append("exit-mismatch: errors printed with exit 0")
    if run.code == 1 and not errors:
        found.append("exit-mismatch: exit 1 with no error printed")
    for relative, entry in after.items():
        if before.get(relative) == entry:
            continue
        if any(marker in relative.rsplit("/", 1)[-1] for marker in TEMP_MARKERS):
            found.append(f"temp-left: {relative}")
        elif not _inside(relative, expect.out_dirs):
            found.append(f"written-outside: {relative}")
    for relative in before:
        if relative not in after:
            found.append(f"deleted: {relative}")
    failed = run.failed_paths()
    for source, outputs in expect.outputs_of.items():
        if source not in failed:
            continue
        for output in outputs:
            if after.get(output) is not None and after.get(output) != before.get(output):
                found.append(f"failed-input-written: {output} (for {source})")
    return found


def check(run: Run, before: dict[str, Entry], after: dict[str, Entry], expect: Expectations) -> None:
    """Fail with every violation and the run's output."""
    problems = violations(run, before, after, expect)
    if problems:
        raise AssertionError(
            "contract violated by regdocs "
            + " ".join(run.argv)
            + ":\n  "
            + "\n  ".join(problems)
            + f"\nexit {run.code}\nstderr:\n{run.stderr[-3000:]}"
            + (f"\n{run.crash}" if run.crash else "")
        )


@contextmanager
def sandbox():
    """A fresh folder for one case (removed afterwards, whatever the case left)."""
    with tempfile.TemporaryDirectory(prefix="regdocs-fuzz-", dir=_FAST_TMP) as name:
        yield Path(name)


@dataclass
class Outcome:
    run: Run
    before: dict[str, Entry]
    after: dict[str, Entry]

    def changed(self, folder: str) -> set[str]:
        """Files under `folder` (relative to the sandbox) created or changed by the run."""
        return {
            path
            for path, entry in self.after.items()
            if entry.kind == "file" and _inside(path, (folder,)) and self.before.get(path) != entry
        }


def run_checked(root: Path, argv: list, expect: Expectations) -> Outcome:
    """Run the command on files under `root` and check the contract."""
    before = snapshot(root)
    run = run_cli(argv)
    after = snapshot(root)
    check(run, before, after, expect)
    return Outcome(run, before, after)
