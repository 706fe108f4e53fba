from enum import StrEnum


class OrderClass(StrEnum):
    FIRST = "first"
    SECOND = "second"
    THIRD = "third"

    def __str__(self) -> str:
        return str(self.value)
