from enum import StrEnum


class ExportRosterCsvHeaders(StrEnum):
    KEYS = "keys"
    VI = "vi"

    def __str__(self) -> str:
        return str(self.value)
