from enum import StrEnum


class AwardLevel(StrEnum):
    INTERNATIONAL = "international"
    NATIONAL = "national"
    PROVINCIAL = "provincial"

    def __str__(self) -> str:
        return str(self.value)
