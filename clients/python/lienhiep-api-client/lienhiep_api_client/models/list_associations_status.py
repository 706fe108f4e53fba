from enum import StrEnum


class ListAssociationsStatus(StrEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
