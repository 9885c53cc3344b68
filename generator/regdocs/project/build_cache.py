"""What `generate` wrote last time, so that a run that changes nothing reads no spec: a spec
whose file, outputs, configuration, templates and regdocs code are as they were when its
pages were written is not loaded or rendered again; its pages are read back from disk.

The cache lives outside the project (`$REGDOCS_CACHE_DIR`, else `$XDG_CACHE_HOME/regdocs` or
`~/.cache/regdocs`, one file per project folder) and is only an accelerator: a missing,
unreadable or outdated cache means a full run. `check` never uses it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from regdocs.diagnostics import Diagnostic
from regdocs.project.config import Config
from regdocs.project.outputs import write_atomic

FORMAT = 1
Stamp = tuple[int, int, int]  # mtime_ns, size, inode


def stamp(path: Path) -> Stamp | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size, status.st_ino


def _tree_stamp(folder: Path, pattern: str) -> list:
    return sorted((str(path), stamp(path)) for path in folder.rglob(pattern)) if folder.is_dir() else []


def _cache_file(config: Config) -> Path:
    base = os.environ.get("REGDOCS_CACHE_DIR") or Path(
        os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache", "regdocs"
    )
    project = hashlib.sha256(str(config.root.resolve()).encode("utf-8")).hexdigest()[:16]
    return Path(base) / f"{project}.pickle"


def _key(config: Config) -> str:
    """What every page depends on besides its spec: the configuration, the templates and the
    regdocs code itself."""
    code = Path(__file__).resolve().parent.parent
    parts = [
        FORMAT,
        repr(config),
        stamp(config.file) if config.file else None,
        _tree_stamp(code, "*.py"),
        _tree_stamp(code, "*.j2"),
        _tree_stamp(config.templates_dir, "*") if config.templates_dir else None,
    ]
    return hashlib.sha256(repr(parts).encode("utf-8")).hexdigest()


@dataclass
class CacheEntry:
    """One spec's last generation: its stamp, its outputs with their stamps as written, and
    the rule findings in it (warnings and notes; a spec with errors is not kept)."""

    spec: Stamp
    outputs: dict[str, tuple[PurePosixPath, Stamp]]  # "registry" or a language -> path, stamp
    findings: list[Diagnostic] = field(default_factory=list)


class BuildCache:
    def __init__(self, config: Config):
        self.config = config
        self.file = _cache_file(config)
        self.key = _key(config)
        self.entries: dict[str, CacheEntry] = {}
        try:
            key, entries = pickle.loads(self.file.read_bytes())
            if key == self.key:
                self.entries = entries
        except Exception:  # noqa: BLE001 - no cache, a damaged or foreign one: start afresh
            self.entries = {}

    def fresh(self, spec_path: Path) -> CacheEntry | None:
        """The entry of a spec whose file and outputs are as they were written, else None."""
        entry = self.entries.get(str(spec_path))
        if entry is None or stamp(spec_path) != entry.spec:
            return None
        out_dir = self.config.out_dir
        if any(stamp(out_dir / path) != written for path, written in entry.outputs.values()):
            return None
        return entry

    def save(self, records) -> None:
        """Remember each spec that gave its pages without an error, as they are on disk now."""
        entries = {}
        for record in records:
            if record.registry is None or any(problem.level.value == "error" for problem in record.problems):
                continue
            outputs = {"registry": record.registry.path, **{lang: page.path for lang, page in record.cdktf.items()}}
            stamps = {name: (path, stamp(self.config.out_dir / path)) for name, path in outputs.items()}
            spec = stamp(record.path)
            if spec is None or any(written is None for _, written in stamps.values()):
                continue
            entries[str(record.path)] = CacheEntry(
                spec, stamps, [problem for problem in record.problems if problem.rule]
            )
        try:
            write_atomic(self.file, pickle.dumps((self.key, entries), protocol=pickle.HIGHEST_PROTOCOL))
        except OSError:
            pass  # a read-only home: no cache, only slower runs
