"""The cdktf 0.20 structs behind the meta-arguments every resource and data source config
inherits (`cdktf.TerraformMetaArguments`), written from the package's declaration files
(`terraform-resource.d.ts`, `terraform-conditions.d.ts`, `terraform-provisioner.d.ts`).

Types that are not structs (classes, behavioural `I...` interfaces, the `Expression` alias)
are `TsRef`s. Properties are keyed by their snake-case name. Shared by every provider's
model: do not mutate.
"""

from __future__ import annotations

from ..naming import codemaker_snake
from .model import Property, Struct
from .types import BOOLEAN, NUMBER, STRING, TsArray, TsLiteral, TsMap, TsRef, TsStructRef, TsType, union


def cdktf_struct(name: str, *properties: tuple[str, TsType, bool], bases: tuple[Struct, ...] = ()) -> Struct:
    """A struct from `(TypeScript name, type, optional)` triples, in declaration order."""
    return Struct(
        name, {codemaker_snake(n): Property(n, t, optional) for n, t, optional in properties}, bases, jsii=True
    )


def _connection_common(kind: str) -> tuple[tuple[str, TsType, bool], ...]:
    return (
        ("type", TsLiteral(kind), False),
        ("user", STRING, True),
        ("password", STRING, True),
        ("host", STRING, False),
        ("port", NUMBER, True),
        ("timeout", STRING, True),
        ("scriptPath", STRING, True),
    )


TERRAFORM_CONDITION = cdktf_struct(
    "TerraformCondition",
    ("condition", TsRef("Expression"), False),
    ("errorMessage", STRING, False),
)
PRECONDITION = cdktf_struct("Precondition", bases=(TERRAFORM_CONDITION,))
POSTCONDITION = cdktf_struct("Postcondition", bases=(TERRAFORM_CONDITION,))

TERRAFORM_RESOURCE_LIFECYCLE = cdktf_struct(
    "TerraformResourceLifecycle",
    ("createBeforeDestroy", BOOLEAN, True),
    ("preventDestroy", BOOLEAN, True),
    ("ignoreChanges", union(TsArray(STRING), TsLiteral("all")), True),
    ("replaceTriggeredBy", TsArray(union(TsRef("ITerraformDependable"), STRING), generic=True), True),
    ("precondition", TsArray(TsStructRef(PRECONDITION)), True),
    ("postcondition", TsArray(TsStructRef(POSTCONDITION)), True),
)

SSH_PROVISIONER_CONNECTION = cdktf_struct(
    "SSHProvisionerConnection",
    *_connection_common("ssh"),
    ("privateKey", STRING, True),
    ("certificate", STRING, True),
    ("agent", STRING, True),
    ("agentIdentity", STRING, True),
    ("hostKey", STRING, True),
    ("targetPlatform", union(TsLiteral("unix"), TsLiteral("windows")), True),
    ("bastionHost", STRING, True),
    ("bastionHostKey", STRING, True),
    ("bastionPort", NUMBER, True),
    ("bastionUser", STRING, True),
    ("bastionPassword", STRING, True),
    ("bastionPrivateKey", STRING, True),
    ("bastionCertificate", STRING, True),
    ("proxyScheme", union(TsLiteral("http"), TsLiteral("https")), True),
    ("proxyHost", STRING, True),
    ("proxyPort", NUMBER, True),
    ("proxyUserName", STRING, True),
    ("proxyUserPassword", STRING, True),
)
WINRM_PROVISIONER_CONNECTION = cdktf_struct(
    "WinrmProvisionerConnection",
    *_connection_common("winrm"),
    ("https", BOOLEAN, True),
    ("insecure", BOOLEAN, True),
    ("useNtlm", BOOLEAN, True),
    ("cacert", STRING, True),
)
_CONNECTION = union(TsStructRef(SSH_PROVISIONER_CONNECTION), TsStructRef(WINRM_PROVISIONER_CONNECTION))

FILE_PROVISIONER = cdktf_struct(
    "FileProvisioner",
    ("type", TsLiteral("file"), False),
    ("destination", STRING, False),
    ("source", STRING, True),
    ("content", STRING, True),
    ("connection", _CONNECTION, True),
)
LOCAL_EXEC_PROVISIONER = cdktf_struct(
    "LocalExecProvisioner",
    ("type", TsLiteral("local-exec"), False),
    ("command", STRING, False),
    ("workingDir", STRING, True),
    ("interpreter", TsArray(STRING), True),
    ("environment", TsMap(STRING, record=True), True),
    ("when", union(TsLiteral("destroy"), TsLiteral("create")), True),
)
REMOTE_EXEC_PROVISIONER = cdktf_struct(
    "RemoteExecProvisioner",
    ("type", TsLiteral("remote-exec"), False),
    ("inline", TsArray(STRING), True),
    ("script", STRING, True),
    ("scripts", TsArray(STRING), True),
    ("connection", _CONNECTION, True),
)

TERRAFORM_META_ARGUMENTS = cdktf_struct(
    "TerraformMetaArguments",
    ("dependsOn", TsArray(TsRef("ITerraformDependable")), True),
    ("count", union(NUMBER, TsRef("TerraformCount")), True),
    ("provider", TsRef("TerraformProvider"), True),
    ("lifecycle", TsStructRef(TERRAFORM_RESOURCE_LIFECYCLE), True),
    ("forEach", TsRef("ITerraformIterator"), True),
    (
        "provisioners",
        TsArray(
            union(
                TsStructRef(FILE_PROVISIONER), TsStructRef(LOCAL_EXEC_PROVISIONER), TsStructRef(REMOTE_EXEC_PROVISIONER)
            ),
            generic=True,
        ),
        True,
    ),
    ("connection", _CONNECTION, True),
)
