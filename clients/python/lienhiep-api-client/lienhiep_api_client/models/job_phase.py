from enum import StrEnum


class JobPhase(StrEnum):
    CHECKING = "checking"
    WRITING = "writing"

    def __str__(self) -> str:
        return str(self.value)
