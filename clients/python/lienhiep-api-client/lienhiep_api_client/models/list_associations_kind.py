from enum import StrEnum


class ListAssociationsKind(StrEnum):
    COLLECTIVE_MEMBER = "collective_member"
    MEMBER_ASSOCIATION = "member_association"

    def __str__(self) -> str:
        return str(self.value)
