from enum import StrEnum


class BranchStatus(StrEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
