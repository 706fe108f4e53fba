from enum import StrEnum


class ListMembersStatus(StrEnum):
    ACTIVE = "active"
    DECEASED = "deceased"
    LEFT = "left"

    def __str__(self) -> str:
        return str(self.value)
