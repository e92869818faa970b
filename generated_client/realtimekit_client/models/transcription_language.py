from enum import StrEnum


class TranscriptionLanguage(StrEnum):
    DE = "de"
    EL = "el"
    EN_IN = "en-IN"
    EN_US = "en-US"
    FR = "fr"
    HI = "hi"
    NL = "nl"
    PL = "pl"
    RU = "ru"
    SV = "sv"

    def __str__(self) -> str:
        return str(self.value)
