from enum import StrEnum


class StorageAuthMethod(StrEnum):
    KEY = "KEY"
    PASSWORD = "PASSWORD"

    def __str__(self) -> str:
        return str(self.value)
