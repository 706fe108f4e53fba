from enum import StrEnum


class AssociationStatus(StrEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"
    SUSPENDED = "suspended"

    def __str__(self) -> str:
        return str(self.value)
