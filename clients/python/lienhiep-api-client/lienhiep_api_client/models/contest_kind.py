from enum import StrEnum


class ContestKind(StrEnum):
    OTHER = "other"
    TECHNICAL_INNOVATION = "technical_innovation"
    YOUTH_CREATIVITY = "youth_creativity"

    def __str__(self) -> str:
        return str(self.value)
