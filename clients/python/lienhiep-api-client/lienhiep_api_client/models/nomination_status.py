from enum import StrEnum


class NominationStatus(StrEnum):
    DRAFTED = "drafted"
    HONOURED = "honoured"
    NOT_SELECTED = "not_selected"
    SUBMITTED = "submitted"

    def __str__(self) -> str:
        return str(self.value)
