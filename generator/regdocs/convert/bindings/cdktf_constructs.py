"""Config structs of the cdktf constructs the converter instantiates (outputs, variables,
`terraform_data`, remote state data sources, backends), as jsii-rosetta types them.

Only what decides how an object literal renders is modelled: struct-typed properties with
their struct, every other known property as `any` (an object there renders as a dict either
way), unknown properties not at all. Names and nesting follow cdktf 0.20's jsii assembly.
"""

from __future__ import annotations

from .cdktf_meta import PRECONDITION, TERRAFORM_CONDITION, TERRAFORM_META_ARGUMENTS, cdktf_struct
from .model import Struct
from .types import ANY, TsArray, TsMap, TsStructRef


def _plain(name: str, properties: str, *structs: tuple[str, Struct], bases: tuple[Struct, ...] = ()) -> Struct:
    """A struct whose `properties` (space-separated) are `any`, plus struct-typed ones."""
    spec = [(prop, ANY, True) for prop in properties.split()]
    spec += [(prop, TsStructRef(struct), True) for prop, struct in structs]
    return cdktf_struct(name, *spec, bases=bases)


TERRAFORM_VARIABLE_VALIDATION_CONFIG = cdktf_struct("TerraformVariableValidationConfig", bases=(TERRAFORM_CONDITION,))
TERRAFORM_OUTPUT_CONFIG = _plain(
    "TerraformOutputConfig", "value dependsOn description sensitive staticId", ("precondition", PRECONDITION)
)
TERRAFORM_VARIABLE_CONFIG = cdktf_struct(
    "TerraformVariableConfig",
    *[(prop, ANY, True) for prop in "default description nullable sensitive type".split()],
    ("validation", TsArray(TsStructRef(TERRAFORM_VARIABLE_VALIDATION_CONFIG)), True),
)
DATA_CONFIG = cdktf_struct(
    "DataConfig",
    ("input", TsMap(ANY), True),
    ("triggersReplace", TsMap(ANY), True),
    bases=(TERRAFORM_META_ARGUMENTS,),
)

_S3_ASSUME_ROLE = _plain(
    "S3BackendAssumeRoleConfig",
    "roleArn duration externalId policy policyArns sessionName sourceIdentity tags transitiveTagKeys",
)
_S3_WEB_IDENTITY = _plain(
    "S3BackendAssumeRoleWithWebIdentityConfig",
    "duration policy policyArns roleArn sessionName webIdentityToken webIdentityTokenFile",
)
_S3_ENDPOINTS = _plain("S3BackendEndpointConfig", "dynamodb iam s3 sso sts")
_COS_ASSUME_ROLE = _plain("CosBackendAssumeRole", "roleArn sessionDuration sessionName policy")
_OSS_ASSUME_ROLE = _plain("OssAssumeRole", "roleArn policy sessionExpiration sessionName")

BACKEND_CONFIGS: dict[str, Struct] = {
    "S3Backend": _plain(
        "S3BackendConfig",
        "bucket key accessKey acl allowedAccountIds assumeRolePolicy assumeRolePolicyArns assumeRoleTags "
        "assumeRoleTransitiveTagKeys customCaBundle dynamodbEndpoint dynamodbTable ec2MetadataServiceEndpoint "
        "ec2MetadataServiceEndpointMode encrypt endpoint externalId forbiddenAccountIds forcePathStyle httpProxy "
        "httpsProxy iamEndpoint insecure kmsKeyId maxRetries noProxy profile region retryMode roleArn secretKey "
        "sessionName sharedConfigFiles sharedCredentialsFile sharedCredentialsFiles skipCredentialsValidation "
        "skipMetadataApiCheck skipRegionValidation skipRequestingAccountId skipS3Checksum sseCustomerKey "
        "stsEndpoint stsRegion token useLegacyWorkflow usePathStyle workspaceKeyPrefix",
        ("assumeRole", _S3_ASSUME_ROLE),
        ("assumeRoleWithWebIdentity", _S3_WEB_IDENTITY),
        ("endpoints", _S3_ENDPOINTS),
    ),
    "AzurermBackend": _plain(
        "AzurermBackendConfig",
        "containerName key storageAccountName accessKey clientCertificatePassword clientCertificatePath clientId "
        "clientSecret endpoint environment metadataHost msiEndpoint oidcRequestToken oidcRequestUrl oidcToken "
        "oidcTokenFilePath resourceGroupName sasToken snapshot subscriptionId tenantId useAzureadAuth "
        "useMicrosoftGraph useMsi useOidc",
    ),
    "CloudBackend": _plain("CloudBackendConfig", "organization workspaces hostname token"),
    "ConsulBackend": _plain(
        "ConsulBackendConfig", "accessToken path address caFile certFile datacenter gzip httpAuth keyFile lock scheme"
    ),
    "CosBackend": _plain(
        "CosBackendConfig",
        "bucket accelerate acl domain encrypt endpoint key prefix region secretId secretKey securityToken",
        ("assumeRole", _COS_ASSUME_ROLE),
    ),
    "GcsBackend": _plain(
        "GcsBackendConfig",
        "bucket accessToken credentials encryptionKey impersonateServiceAccount impersonateServiceAccountDelegates "
        "kmsEncryptionKey prefix storeageCustomEndpoint",
    ),
    "HttpBackend": _plain(
        "HttpBackendConfig",
        "address clientCaCertificatePem clientCertificatePem clientPrivateKeyPem lockAddress lockMethod password "
        "retryMax retryWaitMax retryWaitMin skipCertVerification unlockAddress unlockMethod updateMethod username",
    ),
    "LocalBackend": _plain("LocalBackendConfig", "path workspaceDir"),
    "OssBackend": _plain(
        "OssBackendConfig",
        "bucket accessKey acl assumeRolePolicy assumeRoleRoleArn assumeRoleSessionExpiration assumeRoleSessionName "
        "ecsRoleName encrypt endpoint key prefix profile region secretKey securityToken sharedCredentialsFile "
        "stsEndpoint tablestoreEndpoint tablestoreTable",
        ("assumeRole", _OSS_ASSUME_ROLE),
    ),
    "PgBackend": _plain("PgBackendConfig", "connStr schemaName skipIndexCreation skipSchemaCreation skipTableCreation"),
    "RemoteBackend": _plain("RemoteBackendConfig", "organization workspaces hostname token"),
    "SwiftBackend": _plain(
        "SwiftBackendConfig",
        "container applicationCredentialId applicationCredentialName applicationCredentialSecret archiveContainer "
        "authUrl cacertFile cert cloud defaultDomain domainId domainName expireAfter insecure key password "
        "projectDomainId projectDomainName regionName stateName tenantId tenantName token userDomainId "
        "userDomainName userId userName",
    ),
}

_REMOTE_STATE_BASE = _plain("DataTerraformRemoteStateConfig", "defaults workspace")


def _remote_state_config(backend: str) -> Struct:
    backend_config = BACKEND_CONFIGS[f"{backend}Backend"]
    return cdktf_struct(f"DataTerraformRemoteState{backend}Config", bases=(_REMOTE_STATE_BASE, backend_config))


# construct class -> the struct its config parameter takes (the parameter after scope and id;
# backends take (scope, config))
CONSTRUCT_CONFIGS: dict[str, Struct] = {
    "TerraformOutput": TERRAFORM_OUTPUT_CONFIG,
    "TerraformVariable": TERRAFORM_VARIABLE_CONFIG,
    "DataResource": DATA_CONFIG,
    "DataTerraformRemoteState": _remote_state_config("Remote"),
    **{
        f"DataTerraformRemoteState{name}": _remote_state_config(name)
        for name in ("S3", "Azurerm", "Consul", "Cos", "Gcs", "Http", "Local", "Oss", "Pg", "Swift")
    },
}
