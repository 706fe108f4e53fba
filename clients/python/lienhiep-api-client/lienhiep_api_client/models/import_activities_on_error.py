from enum import StrEnum


class ImportActivitiesOnError(StrEnum):
    ABORT = "abort"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
