from enum import StrEnum


class TextFormat(StrEnum):
    MARKDOWN = "markdown"
    PLAIN_TEXT = "plain_text"

    def __str__(self) -> str:
        return str(self.value)
