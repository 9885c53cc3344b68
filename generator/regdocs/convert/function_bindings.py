"""Terraform functions the converter maps to `Fn.*` calls, with their parameter types.

The parameter types drive the coercion of arguments (`Token.as_*`); return types are not
listed because the reference infers every call as `dynamic`. Notation: `T...` is a variadic
tail (packed into one list), `T?` an optional parameter, `list(T)`/`set(T)`/`map(T)` collections.
This mirrors the function bindings of cdktf 0.20 (the `Fn` class).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Parameter:
    type: str | tuple
    variadic: bool = False
    optional: bool = False


@dataclass(frozen=True)
class FunctionBinding:
    terraform_name: str
    cdktf_name: str
    parameters: tuple[Parameter, ...]


def _parse_type(text: str) -> str | tuple:
    """`list(string)` -> ("list", "string"), as in provider schemas (tuples instead of lists)."""
    if text.endswith(")"):
        outer, inner = text[:-1].split("(", 1)
        return (outer, _parse_type(inner))
    return text


def _parse_parameter(text: str) -> Parameter:
    optional = text.endswith("?")
    text = text.rstrip("?")
    variadic = text.endswith("...")
    return Parameter(_parse_type(text.removesuffix("...")), variadic, optional)


def _table(rows: str) -> dict[str, FunctionBinding]:
    functions = {}
    for row in rows.strip().splitlines():
        terraform_name, cdktf_name, params = row.split(None, 2)
        inner = params.strip()[1:-1]
        parameters = tuple(_parse_parameter(p.strip()) for p in inner.split(",") if p.strip())
        functions[terraform_name] = FunctionBinding(terraform_name, cdktf_name, parameters)
    return functions


# terraform name, cdktf `Fn` method, (parameters)
FUNCTIONS: dict[str, FunctionBinding] = _table("""
    abs               abs               (number)
    abspath           abspath           (string)
    alltrue           alltrue           (list(bool))
    anytrue           anytrue           (list(bool))
    base64decode      base64decode      (string)
    base64encode      base64encode      (string)
    base64gzip        base64gzip        (string)
    base64sha256      base64sha256      (string)
    base64sha512      base64sha512      (string)
    basename          basename          (string)
    bcrypt            bcrypt            (string, number?)
    can               can               (dynamic)
    ceil              ceil              (number)
    chomp             chomp             (string)
    chunklist         chunklist         (list(dynamic), number)
    cidrhost          cidrhost          (string, number)
    cidrnetmask       cidrnetmask       (string)
    cidrsubnet        cidrsubnet        (string, number, number)
    cidrsubnets       cidrsubnets       (string, number...)
    coalesce          coalesce          (dynamic...)
    coalescelist      coalescelist      (dynamic...)
    compact           compact           (list(string))
    concat            concat            (dynamic...)
    contains          contains          (dynamic, dynamic)
    csvdecode         csvdecode         (string)
    dirname           dirname           (string)
    distinct          distinct          (list(dynamic))
    element           element           (dynamic, number)
    endswith          endswith          (string, string)
    file              file              (string)
    filebase64        filebase64        (string)
    filebase64sha256  filebase64sha256  (string)
    filebase64sha512  filebase64sha512  (string)
    fileexists        fileexists        (string)
    filemd5           filemd5           (string)
    fileset           fileset           (string, string)
    filesha1          filesha1          (string)
    filesha256        filesha256        (string)
    filesha512        filesha512        (string)
    flatten           flatten           (dynamic)
    floor             floor             (number)
    format            format            (string, dynamic...)
    formatdate        formatdate        (string, string)
    formatlist        formatlist        (string, dynamic...)
    indent            indent            (number, string)
    index             index             (dynamic, dynamic)
    join              join              (string, list(string))
    jsondecode        jsondecode        (string)
    jsonencode        jsonencode        (dynamic)
    keys              keys              (dynamic)
    length            lengthOf          (dynamic)
    log               log               (number, number)
    lookup            lookup            (dynamic, string, dynamic)
    lower             lower             (string)
    matchkeys         matchkeys         (list(dynamic), list(dynamic), list(dynamic))
    max               max               (number...)
    md5               md5               (string)
    merge             merge             (dynamic...)
    min               min               (number...)
    nonsensitive      nonsensitive      (dynamic)
    one               one               (dynamic)
    parseint          parseint          (dynamic, number)
    pathexpand        pathexpand        (string)
    plantimestamp     plantimestamp     ()
    pow               pow               (number, number)
    range             range             (number, number, number?)
    regex             regex             (string, string)
    regexall          regexall          (string, string)
    replace           replace           (string, string, string)
    reverse           reverse           (dynamic)
    rsadecrypt        rsadecrypt        (string, string)
    sensitive         sensitive         (dynamic)
    setintersection   setintersection   (set(dynamic), set(dynamic)...)
    setproduct        setproduct        (dynamic...)
    setsubtract       setsubtract       (set(dynamic), set(dynamic))
    setunion          setunion          (set(dynamic), set(dynamic)...)
    sha1              sha1              (string)
    sha256            sha256            (string)
    sha512            sha512            (string)
    signum            signum            (number)
    slice             slice             (dynamic, number, number)
    sort              sort              (list(string))
    split             split             (string, string)
    startswith        startswith        (string, string)
    strcontains       strcontains       (string, string)
    strrev            strrev            (string)
    substr            substr            (string, number, number)
    sum               sum               (dynamic)
    templatefile      templatefile      (string, dynamic)
    textdecodebase64  textdecodebase64  (string, string)
    textencodebase64  textencodebase64  (string, string)
    timeadd           timeadd           (string, string)
    timecmp           timecmp           (string, string)
    timestamp         timestamp         ()
    title             title             (string)
    tobool            tobool            (dynamic)
    tolist            tolist            (dynamic)
    tomap             tomap             (dynamic)
    tonumber          tonumber          (dynamic)
    toset             toset             (dynamic)
    tostring          tostring          (dynamic)
    transpose         transpose         (map(list(string)))
    trim              trim              (string, string)
    trimprefix        trimprefix        (string, string)
    trimspace         trimspace         (string)
    trimsuffix        trimsuffix        (string, string)
    try               try               (dynamic...)
    upper             upper             (string)
    urlencode         urlencode         (string)
    uuid              uuid              ()
    uuidv5            uuidv5            (string, string)
    values            values            (dynamic)
    yamldecode        yamldecode        (string)
    yamlencode        yamlencode        (dynamic)
    zipmap            zipmap            (list(string), dynamic)
""")
