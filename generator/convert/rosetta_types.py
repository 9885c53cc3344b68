"""How jsii-rosetta types each object literal (keyword arguments, struct class or dict)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LiteralType:
    """`unknown`: no contextual type; `map`: a dict; `struct`: a struct class named `name`,
    from the cdktf jsii assembly when `jsii` (rosetta then adds a `from cdktf import` line)."""

    kind: str
    name: str | None = None
    jsii: bool = False


UNKNOWN = LiteralType("unknown")
MAP = LiteralType("map")
