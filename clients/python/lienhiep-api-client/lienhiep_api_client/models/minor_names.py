from enum import StrEnum


class MinorNames(StrEnum):
    FULL_NAME = "full_name"
    INITIALS = "initials"

    def __str__(self) -> str:
        return str(self.value)
