from enum import StrEnum


class ExportRosterXlsxHeaders(StrEnum):
    KEYS = "keys"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
