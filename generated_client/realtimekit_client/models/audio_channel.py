from enum import StrEnum


class AudioChannel(StrEnum):
    MONO = "mono"
    STEREO = "stereo"

    def __str__(self) -> str:
        return str(self.value)
