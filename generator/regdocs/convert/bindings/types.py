"""TypeScript types of binding properties, as TypeScript (and so jsii-rosetta) parses them.

`str(t)` is the exact type text the provider generator emits. The generator builds its
texts by concatenation, so a text like `Array<boolean | cdktf.IResolvable> | cdktf.IResolvable[]`
(a list of lists of booleans) means, to TypeScript, a union whose second member is an
array of `IResolvable`; these classes model that parse, not the intent.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Struct


class TsType:
    """Base of all type nodes (immutable, comparable, hashable)."""

    def union_members(self) -> tuple["TsType", ...]:
        """The members of a union; any other type is a union of itself."""
        return (self,)


@dataclass(frozen=True)
class TsPrimitive(TsType):
    """`string`, `number`, `boolean` or `any`."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True)
class TsLiteral(TsType):
    """A string literal type such as `"ssh"` (cdktf meta-argument structs only)."""

    value: str

    def __str__(self) -> str:
        return f'"{self.value}"'


@dataclass(frozen=True)
class TsRef(TsType):
    """A named type that is not a binding struct: `cdktf.IResolvable`, a generated
    collection class (`FooList`, `FooMap` for nested collections of structs), or a cdktf
    class, behavioural interface or type alias (`TerraformProvider`, `Expression`)."""

    name: str

    def __str__(self) -> str:
        return self.name


@dataclass(frozen=True, eq=False)
class TsStructRef(TsType):
    """A struct (data-only interface): the generated `Foo` or a cdktf struct.
    Equal when it refers to the same `Struct` object."""

    struct: "Struct"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, TsStructRef) and other.struct is self.struct

    def __hash__(self) -> int:
        return id(self.struct)

    def __repr__(self) -> str:
        return f"TsStructRef({self.struct.name!r})"

    def __str__(self) -> str:
        return self.struct.name


@dataclass(frozen=True)
class TsArray(TsType):
    """`T[]`, or `Array<T>` when `generic`."""

    element: TsType
    generic: bool = False

    def __str__(self) -> str:
        return f"Array<{self.element}>" if self.generic else f"{self.element}[]"


@dataclass(frozen=True)
class TsMap(TsType):
    """A string-keyed map: `{ [key: string]: V }`, or `Record<string, V>` when `record`."""

    value: TsType
    record: bool = False

    def __str__(self) -> str:
        return f"Record<string, {self.value}>" if self.record else f"{{ [key: string]: {self.value} }}"


@dataclass(frozen=True)
class TsParenthesized(TsType):
    """`(T)`: the generator writes map-of-boolean values as `(boolean | cdktf.IResolvable)`."""

    inner: TsType

    def __str__(self) -> str:
        return f"({self.inner})"

    def union_members(self) -> tuple[TsType, ...]:
        return self.inner.union_members()


@dataclass(frozen=True)
class TsUnion(TsType):
    """`A | B | ...` (members never unions themselves)."""

    members: tuple[TsType, ...]

    def __str__(self) -> str:
        return " | ".join(str(m) for m in self.members)

    def union_members(self) -> tuple[TsType, ...]:
        return self.members


def union(*types: TsType) -> TsUnion:
    """The union of `types`, flattening unions among them as TypeScript does."""
    return TsUnion(tuple(m for t in types for m in (t.members if isinstance(t, TsUnion) else (t,))))


STRING = TsPrimitive("string")
NUMBER = TsPrimitive("number")
BOOLEAN = TsPrimitive("boolean")
ANY = TsPrimitive("any")
IRESOLVABLE = TsRef("cdktf.IResolvable")
