"""The cache-key comment closing a cdktf page, and when an existing page is kept as it is.

`<!-- cache-key: cdktf-<version> input-<hex> -->`: hex is HMAC-SHA256 of the Registry page the
cdktf page was made from, so a page whose input is the current Registry page needs no new
conversion, whichever cdktf version made it. Adopting regdocs keeps such pages byte for byte
(also those made by cdktf releases whose format regdocs does not write, like 0.17); bringing
them to the configured version is the explicit upgrade (`generate --upgrade-cdktf`).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from dataclasses import dataclass

_SECRET = b"cdktf-conversion-tool-with-cdktf-version"
_COMMENT = re.compile(r"<!-- cache-key: cdktf-(\S+) input-([0-9a-f]+) -->")


@dataclass(frozen=True)
class CacheKey:
    cdktf_version: str
    input: str  # hex HMAC of the Registry page


def input_digest(registry_page: str) -> str:
    return hmac.new(_SECRET, registry_page.encode("utf-8"), hashlib.sha256).hexdigest()


def read_cache_key(cdktf_page: str) -> CacheKey | None:
    """The page's cache-key (its last one), or None when it has none."""
    found = None
    for found in _COMMENT.finditer(cdktf_page):
        pass
    return CacheKey(found.group(1), found.group(2)) if found else None


def made_from(cdktf_page: str, registry_page: str) -> CacheKey | None:
    """The page's cache-key when its input is `registry_page`, else None (a stale page)."""
    key = read_cache_key(cdktf_page)
    return key if key is not None and key.input == input_digest(registry_page) else None


def reusable(cdktf_page: str | None, registry_page: str, cdktf_version: str, upgrade: bool = False) -> bool:
    """Whether `generate` keeps an existing cdktf page instead of converting again: it was made
    from this Registry page, by any cdktf version (by `cdktf_version` itself when upgrading)."""
    key = made_from(cdktf_page, registry_page) if cdktf_page is not None else None
    return key is not None and (not upgrade or key.cdktf_version == cdktf_version)
