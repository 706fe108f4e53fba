from enum import StrEnum


class AdvisoryOutcome(StrEnum):
    ADOPTED = "adopted"
    NOT_ADOPTED = "not_adopted"
    PARTIALLY_ADOPTED = "partially_adopted"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return str(self.value)
