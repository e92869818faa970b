from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.storage_auth_method import StorageAuthMethod
from ..models.storage_type import StorageType
from ..types import UNSET, Unset, write_only_repr

T = TypeVar("T", bound="StorageConfig")


@_attrs_define
class StorageConfig:
    """Where recordings are uploaded. `access_key`, `secret`, `password` and `private_key`
    are write-only: they are stored but never returned.

    """

    type_: StorageType
    """ Type of storage media. """
    access_key: str | Unset = _attrs_field(default=UNSET, repr=write_only_repr)
    """ Access key of the storage medium; not required for the gcs storage media type.
    Write-only: it is never returned.
     """
    auth_method: StorageAuthMethod | Unset = UNSET
    """ Authentication method used for "sftp" type storage medium. """
    bucket: str | Unset = UNSET
    """ Name of the storage medium's bucket. """
    host: str | Unset = UNSET
    """ SSH destination server host for SFTP type storage medium. """
    password: str | Unset = _attrs_field(default=UNSET, repr=write_only_repr)
    """ SSH destination server password for SFTP when auth_method is "PASSWORD"; with "KEY",
    the password of the SSH private key. Write-only: it is never returned.
     """
    path: str | Unset = UNSET
    """ Path relative to the bucket root at which the recording will be placed. """
    port: float | Unset = UNSET
    """ SSH destination server port for SFTP type storage medium. """
    private_key: str | Unset = _attrs_field(default=UNSET, repr=write_only_repr)
    """ Private key used to log in to the destination SSH server when auth_method is "KEY".
    Write-only: it is never returned.
     """
    region: str | Unset = UNSET
    """ Region of the storage medium. """
    secret: str | Unset = _attrs_field(default=UNSET, repr=write_only_repr)
    """ Secret key of the storage medium. Write-only, like access_key. """
    username: str | Unset = UNSET
    """ SSH destination server username for SFTP type storage medium. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_._value_

        access_key = self.access_key

        auth_method: str | Unset = UNSET
        if not isinstance(self.auth_method, Unset):
            auth_method = self.auth_method._value_

        bucket = self.bucket

        host = self.host

        password = self.password

        path = self.path

        port = self.port

        private_key = self.private_key

        region = self.region

        secret = self.secret

        username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if access_key is not UNSET:
            field_dict["access_key"] = access_key
        if auth_method is not UNSET:
            field_dict["auth_method"] = auth_method
        if bucket is not UNSET:
            field_dict["bucket"] = bucket
        if host is not UNSET:
            field_dict["host"] = host
        if password is not UNSET:
            field_dict["password"] = password
        if path is not UNSET:
            field_dict["path"] = path
        if port is not UNSET:
            field_dict["port"] = port
        if private_key is not UNSET:
            field_dict["private_key"] = private_key
        if region is not UNSET:
            field_dict["region"] = region
        if secret is not UNSET:
            field_dict["secret"] = secret
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        type_ = StorageType.from_value(d.pop("type"))

        access_key = d.pop("access_key", UNSET)

        _auth_method = d.pop("auth_method", UNSET)
        auth_method: StorageAuthMethod | Unset
        if _auth_method is UNSET:
            auth_method = UNSET
        else:
            auth_method = StorageAuthMethod.from_value(_auth_method)

        bucket = d.pop("bucket", UNSET)

        host = d.pop("host", UNSET)

        password = d.pop("password", UNSET)

        path = d.pop("path", UNSET)

        port = d.pop("port", UNSET)

        private_key = d.pop("private_key", UNSET)

        region = d.pop("region", UNSET)

        secret = d.pop("secret", UNSET)

        username = d.pop("username", UNSET)

        storage_config = cls(
            type_=type_,
            access_key=access_key,
            auth_method=auth_method,
            bucket=bucket,
            host=host,
            password=password,
            path=path,
            port=port,
            private_key=private_key,
            region=region,
            secret=secret,
            username=username,
        )

        storage_config.additional_properties = d
        return storage_config

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
