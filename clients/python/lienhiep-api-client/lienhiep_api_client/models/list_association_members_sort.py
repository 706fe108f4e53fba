from enum import StrEnum


class ListAssociationMembersSort(StrEnum):
    CREATED_AT = "created_at"
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"

    def __str__(self) -> str:
        return str(self.value)
