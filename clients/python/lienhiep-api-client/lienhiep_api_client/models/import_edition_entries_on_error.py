from enum import StrEnum


class ImportEditionEntriesOnError(StrEnum):
    ABORT = "abort"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
