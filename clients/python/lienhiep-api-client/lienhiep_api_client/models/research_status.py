from enum import StrEnum


class ResearchStatus(StrEnum):
    CANCELLED = "cancelled"
    COMPLETED = "completed"
    IN_PROGRESS = "in_progress"
    PROPOSED = "proposed"

    def __str__(self) -> str:
        return str(self.value)
