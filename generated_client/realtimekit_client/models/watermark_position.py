from enum import StrEnum


class WatermarkPosition(StrEnum):
    LEFT_BOTTOM = "left bottom"
    LEFT_TOP = "left top"
    RIGHT_BOTTOM = "right bottom"
    RIGHT_TOP = "right top"

    def __str__(self) -> str:
        return str(self.value)
