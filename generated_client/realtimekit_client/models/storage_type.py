from enum import StrEnum


class StorageType(StrEnum):
    AWS = "aws"
    AZURE = "azure"
    DIGITALOCEAN = "digitalocean"
    GCS = "gcs"
    SFTP = "sftp"

    def __str__(self) -> str:
        return str(self.value)
