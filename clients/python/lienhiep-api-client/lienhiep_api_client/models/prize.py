from enum import StrEnum


class Prize(StrEnum):
    CONSOLATION = "consolation"
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"

    def __str__(self) -> str:
        return str(self.value)
