from enum import StrEnum


class ImportAdvisoryCasesOnError(StrEnum):
    ABORT = "abort"
    SKIP = "skip"

    def __str__(self) -> str:
        return str(self.value)
