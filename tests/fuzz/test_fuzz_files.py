"""File-system faults under `regdocs generate`: a file where a folder of the output tree must be,
a folder or a FIFO where a page goes, a page that is a link to a file elsewhere, odd entries in
the specs folder, and failures injected into the file system calls (disk full, no permission,
read-only file system) at any write. Each fault is an error naming its path; every other page
is still written, a rewritten page keeps its mode, and no temporary file is left."""

from __future__ import annotations

import errno
import os
import shutil
from contextlib import ExitStack
from pathlib import Path
from unittest import mock

from hypothesis import strategies as st

import regdocs.project.atomic_write as atomic_write
from fuzz_contract import Expectations, run_checked, sandbox, snapshot
from fuzz_inputs import PROJECT_ROOT
from fuzz_settings import fuzz_test

SPECS = ["acme_widget.yaml", "acme_getting_started.yaml", "acme_gadgets.yaml"]
FAULTS = ["file_for_folder", "folder_for_page", "fifo_for_page", "link_to_outside", "stale_mode", "injected"]
INJECTED = [errno.ENOSPC, errno.EACCES, errno.EROFS, errno.EDQUOT, errno.EIO]


def _project(root: Path) -> Path:
    project = root / "project"
    (project / "specs").mkdir(parents=True)
    for name in SPECS:
        shutil.copy(PROJECT_ROOT / "specs" / name, project / "specs" / name)
    return project


def _reference_outputs() -> dict[str, bytes]:
    """The pages of the specs, generated once into a clean folder."""
    with sandbox() as root:
        project = _project(root)
        outcome = run_checked(root, ["generate", "--project-dir", project], Expectations(("project/out",)))
        assert outcome.run.code == 0, outcome.run.stderr
        return {path: outcome.after[path].content for path in outcome.changed("project/out")}


REFERENCE = _reference_outputs()
PAGES = sorted(
    path for path in REFERENCE if not path.endswith(".regdocs-manifest")
)  # the manifest lists what is written


class _Injector:
    """Fails the n-th call of a file system function with an OSError, recording the path."""

    def __init__(self, call: int, code: int):
        self.call, self.code, self.calls, self.failed = call, code, 0, None

    def replace(self, original):
        def replace(source, target, *args, **kwargs):
            self.calls += 1
            if self.calls == self.call:
                self.failed = str(target)
                raise OSError(self.code, os.strerror(self.code), str(target))
            return original(source, target, *args, **kwargs)

        return replace


def _apply(fault: str, page: str, project: Path, root: Path) -> None:
    target = root / page
    if fault == "file_for_folder":
        folder = target.parent
        folder.parent.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(folder, ignore_errors=True)
        folder.write_bytes(b"a file where a folder must be\n")
    elif fault == "folder_for_page":
        (target / "kept").mkdir(parents=True)
    elif fault == "fifo_for_page":
        target.parent.mkdir(parents=True, exist_ok=True)
        os.mkfifo(target)
    elif fault == "link_to_outside":
        outside = root / "outside.md"
        outside.write_bytes(b"not regdocs' file\n")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.symlink_to(outside)
    elif fault == "stale_mode":
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(b"an old version\n")
        os.chmod(target, 0o640)


def _under_a_file(faults: list[tuple[str, str]]) -> set[str]:
    """Pages whose folder a fault makes a file."""
    folders = {str(Path(page).parent) for fault, page in faults if fault == "file_for_folder"}
    return {page for page in PAGES if any(Path(page).is_relative_to(folder) for folder in folders)}


@fuzz_test("file system", 60)
def test_generate_with_faults(data):
    faults = data.draw(
        st.lists(
            st.tuples(st.sampled_from(FAULTS), st.sampled_from(PAGES)), min_size=1, max_size=3, unique_by=lambda f: f[1]
        )
    )
    blocking = [fault for fault in faults if fault[0] == "file_for_folder"][:1]  # one folder made a file
    faults = [fault for fault in faults if fault[0] != "file_for_folder"] + blocking
    odd_specs = data.draw(st.sets(st.sampled_from(["folder.yaml", "fifo.yaml", "broken-link.yaml"]), max_size=2))
    with sandbox() as root:
        project = _project(root)
        for name in odd_specs:
            path = project / "specs" / name
            if name == "folder.yaml":
                path.mkdir()
            elif name == "fifo.yaml":
                os.mkfifo(path)
            else:
                path.symlink_to(root / "nowhere.yaml")
        under_a_file = _under_a_file(faults)
        blocked = under_a_file | {page for fault, page in faults if fault == "folder_for_page"}
        injector = None
        for fault, page in faults:
            if fault == "injected":
                injector = _Injector(data.draw(st.integers(1, len(PAGES))), data.draw(st.sampled_from(INJECTED)))
            elif fault == "file_for_folder" or page not in under_a_file:
                _apply(fault, page, project, root)
        before = snapshot(root)
        with ExitStack() as stack:
            if injector is not None:
                stack.enter_context(mock.patch.object(atomic_write.os, "replace", injector.replace(os.replace)))
            outcome = run_checked(root, ["generate", "--project-dir", project], Expectations(("project/out",)))
        stderr = outcome.run.stderr
        failed = set(blocked)
        if injector is not None and injector.failed:
            failed.add(Path(injector.failed).relative_to(root).as_posix())
        for page in PAGES:
            if page in failed:
                assert f"{root / page}: error: cannot write" in stderr, (page, stderr)
                assert outcome.after.get(page) == before.get(page), page
                continue
            entry = outcome.after.get(page)
            assert entry is not None and entry.kind == "file" and entry.content == REFERENCE[page], (page, stderr)
            if before.get(page) is not None and before[page].kind == "file":
                assert entry.mode == before[page].mode, (page, oct(entry.mode))
        assert outcome.run.code == (1 if failed or odd_specs else 0), stderr
        for name in odd_specs:
            assert f"{project / 'specs' / name}: error: cannot read" in stderr, stderr
        if (root / "outside.md").exists():
            assert (root / "outside.md").read_bytes() == b"not regdocs' file\n"
