from enum import StrEnum


class ListMembersSort(StrEnum):
    CREATED_AT = "created_at"
    FULL_NAME = "full_name"
    GIVEN_NAME = "given_name"

    def __str__(self) -> str:
        return str(self.value)
