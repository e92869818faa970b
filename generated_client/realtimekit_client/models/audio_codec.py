from enum import StrEnum


class AudioCodec(StrEnum):
    AAC = "AAC"
    MP3 = "MP3"

    def __str__(self) -> str:
        return str(self.value)
