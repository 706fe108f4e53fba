from enum import StrEnum


class OrganiserKind(StrEnum):
    ASSOCIATION = "association"
    PARTNER = "partner"
    UNION = "union"

    def __str__(self) -> str:
        return str(self.value)
