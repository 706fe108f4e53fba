from enum import StrEnum


class ListBranchesStatus(StrEnum):
    ACTIVE = "active"
    DISSOLVED = "dissolved"
    INACTIVE = "inactive"

    def __str__(self) -> str:
        return str(self.value)
