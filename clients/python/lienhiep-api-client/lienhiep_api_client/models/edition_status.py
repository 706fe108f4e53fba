from enum import StrEnum


class EditionStatus(StrEnum):
    CLOSED = "closed"
    DRAFT = "draft"
    JUDGING = "judging"
    OPEN = "open"
    RESULTS_PUBLISHED = "results_published"

    def __str__(self) -> str:
        return str(self.value)
