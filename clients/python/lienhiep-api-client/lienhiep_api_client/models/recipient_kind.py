from enum import StrEnum


class RecipientKind(StrEnum):
    ASSOCIATION = "association"
    PERSON = "person"
    UNION = "union"

    def __str__(self) -> str:
        return str(self.value)
