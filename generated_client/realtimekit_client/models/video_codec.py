from enum import StrEnum


class VideoCodec(StrEnum):
    H264 = "H264"
    VP8 = "VP8"
    VP9 = "VP9"

    def __str__(self) -> str:
        return str(self.value)
